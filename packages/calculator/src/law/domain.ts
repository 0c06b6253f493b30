/** The four measures of p.12 of the Rules. */
export const MEASURES = ['competence', 'digital', 'process', 'organization'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Every cost type any edition knows; which belong to which measure is edition data
 * (`2025-442`: p.12; `2022`: the 2022 presentation).
 */
export const COST_TYPES = [
  'training',
  'travel',
  'accommodation',
  'per-diem',
  'foreign-employee',
  'digital-equipment',
  'digital-systems',
  'energy-audit',
  'tech-equipment',
  'supervised-installation',
  'installation',
  'process-services',
  'progressive-technologies',
] as const;
export type CostType = (typeof COST_TYPES)[number];

export const BUSINESS_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type BusinessSize = (typeof BUSINESS_SIZES)[number];

/** Who holds a state share of 50 % or more: one of the two exceptions of p.3 sub-item 2, or `none`. */
export const STATE_SHARE_EXCEPTIONS = ['social-entrepreneurial-corporation', 'public-private-partnership', 'none'] as const;
export type StateShareException = (typeof STATE_SHARE_EXCEPTIONS)[number];

export const COURSE_KINDS = ['professional-training', 'retraining', 'qualification-upgrade'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

export const DIGITAL_EQUIPMENT_KINDS = ['3d-scanner', '3d-printer', 'wide-format-plotter', 'other'] as const;
export type DigitalEquipmentKind = (typeof DIGITAL_EQUIPMENT_KINDS)[number];

export const TECH_EQUIPMENT_CATEGORIES = [
  'production',
  'logistics',
  'refrigeration',
  'crane',
  'vehicle',
  'loader',
] as const;
export type TechEquipmentCategory = (typeof TECH_EQUIPMENT_CATEGORIES)[number];

export const CHANNELS = ['portal', 'office'] as const;
export type Channel = (typeof CHANNELS)[number];

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '@qazindustry/productivity-calculator/core';
import type { QiSettings } from '../context.js';
import type { UiStrings } from '../i18n/en.js';
import { languageFailed, retryLanguage, uiStrings, STRINGS_CHANGED } from '../languages.js';
import { inheritedLang, normalizeLang, onPageLangChange } from '../locale.js';

/** What a widget's language depends on: its own `lang` and its place in the page. */
export interface LocaleHost extends ReactiveControllerHost, Element {
  readonly lang: string;
}

/** The texts a widget needs in a language (whether they are there, and how to load them), and the provider's settings. */
export interface LanguageFiles {
  ready(lang: Lang): boolean;
  load(lang: Lang): Promise<void>;
  settings(): QiSettings | undefined;
}

/**
 * The widget's language: its own `lang`, else the provider's, else the nearest `lang` above it in the page (followed
 * live), else Russian; loads that language's files before the widget renders in it, and says when they failed.
 */
export class LocaleController implements ReactiveController {
  private pageLang?: Lang;
  private unlisten?: () => void;
  private loading?: Promise<void>;

  constructor(
    private readonly host: LocaleHost,
    private readonly files: LanguageFiles,
  ) {
    host.addController(this);
  }

  /** The language the widget speaks now. */
  get lang(): Lang {
    return normalizeLang(this.host.lang) ?? this.files.settings()?.lang ?? this.pageLang ?? 'ru';
  }

  /** Whether every text the widget shows in its language is loaded. */
  get ready(): boolean {
    return this.files.ready(this.lang);
  }

  /** The language's files could not be loaded (offline, blocked): the widget says so and offers to retry. */
  get failed(): boolean {
    return !this.ready && languageFailed(this.lang);
  }

  /** The UI strings of the language (call only when `ready`). */
  get strings(): UiStrings {
    return uiStrings(this.lang)!;
  }

  /** Forgets a failure and renders again, which loads again. */
  retry(): void {
    retryLanguage(this.lang);
    this.host.requestUpdate();
  }

  private readonly onStrings = () => this.host.requestUpdate();

  hostConnected(): void {
    globalThis.addEventListener?.(STRINGS_CHANGED, this.onStrings);
    this.pageLang = inheritedLang(this.host);
    this.unlisten = onPageLangChange(() => {
      const now = inheritedLang(this.host);
      if (now === this.pageLang) return;
      this.pageLang = now;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.(STRINGS_CHANGED, this.onStrings);
    this.unlisten?.();
    this.unlisten = undefined;
  }

  /** Before each render: a language that is neither loaded nor failed starts loading, and renders when it is there. */
  hostUpdate(): void {
    const lang = this.lang;
    if (this.files.ready(lang) || languageFailed(lang)) return;
    const done = () => this.host.requestUpdate();
    this.loading = this.files.load(lang).then(done, done);
  }

  /** Resolves when no language is loading any more (the host's `updateComplete` waits for it). */
  async settled(): Promise<void> {
    while (this.loading) {
      const p = this.loading;
      await p;
      if (this.loading === p) this.loading = undefined;
      await this.host.updateComplete;
    }
  }
}

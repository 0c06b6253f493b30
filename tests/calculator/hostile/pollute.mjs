// The two enumerable prototype properties of issue "hostile prototypes": what an old page script does.
export function pollute() {
  Object.prototype.extra = 1;
  Array.prototype.extra2 = () => 0;
}

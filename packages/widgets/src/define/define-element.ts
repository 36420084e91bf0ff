/** Registers `ctor` as `tag` unless that name is already taken (e.g. by a second bundle). */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

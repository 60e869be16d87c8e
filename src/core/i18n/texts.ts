/**
 * A catalogue in another language has exactly the English catalogue's keys (a missing or an
 * extra key is a compile error) and any wording for each.
 */
export type Texts<English> = { readonly [Key in keyof English]: string };

/** The names of the `{parameters}` in a template, as a union of string literal types. */
export type Placeholders<Template extends string> =
  Template extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a template needs: none, or one object with every placeholder named. */
export type ParamsFor<Template extends string> = [Placeholders<Template>] extends [never]
  ? []
  : [params: { readonly [Name in Placeholders<Template>]: string | number }];

/** The template with each `{name}` replaced by its value; an unknown name is left as written. */
export function fill(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

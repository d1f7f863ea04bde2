import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

/** One handlebars template per artefact (generator/templates/<name>.hbs), compiled once, strict and unescaped. */
const engine = Handlebars.create();
engine.registerHelper('json', (value: unknown) => JSON.stringify(value));

const cache = new Map<string, Handlebars.TemplateDelegate>();
const read = (name: string) => readFileSync(new URL(`./templates/${name}.hbs`, import.meta.url), 'utf8');

/** Templates that are also used inside others as `{{> name}}`. */
engine.registerPartial('stub-methods', read('stub-methods'));

export function render(name: string, context: object): string {
  let template = cache.get(name);
  if (!template) {
    template = engine.compile(read(name), { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(context);
}

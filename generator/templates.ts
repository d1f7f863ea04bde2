import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../core/package-root.ts';

/** One handlebars template per artefact (generator/templates/<name>.hbs), compiled once, strict and unescaped. */
const engine = Handlebars.create();
engine.registerHelper('json', (value: unknown) => JSON.stringify(value));

const cache = new Map<string, Handlebars.TemplateDelegate>();
const read = (name: string) => readFileSync(path.join(PACKAGE_ROOT, 'generator/templates', `${name}.hbs`), 'utf8');

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

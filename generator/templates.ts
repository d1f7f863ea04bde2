import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

/** One handlebars template per artefact (generator/templates/<name>.hbs), compiled once, strict and unescaped. */
const engine = Handlebars.create();
engine.registerHelper('json', (value: unknown) => JSON.stringify(value));

const cache = new Map<string, Handlebars.TemplateDelegate>();

export function render(name: string, context: object): string {
  let template = cache.get(name);
  if (!template) {
    const text = readFileSync(new URL(`./templates/${name}.hbs`, import.meta.url), 'utf8');
    template = engine.compile(text, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(context);
}

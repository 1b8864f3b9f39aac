// A TypeDoc plugin: names each entry point by the import path users write (`@cailiang/core/lint`)
// instead of its folder (`core/src/lint`). Loaded by typedoc.json.
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const match = /^(\w+)\/src(\/[\w-]+)?$/.exec(module.name);
      if (match !== null) module.name = `@cailiang/${match[1]}${match[2] ?? ''}`;
    }
  });
}

/**
 * The YAML parser, behind a module of its own so that `main` can load it with `import()` only for
 * a YAML list of components. A static re-export, because `yaml` is a CommonJS package: a bundle
 * gives an `import()` of it only a default export, while a static import gets its named ones.
 */
export { parse as parseYaml } from 'yaml'

// Builds dist/: the main step (dist/index.js) and the post step (dist/post/index.js) as ES modules,
// sharing chunks, with every `import()` of the sources split into a chunk of its own so that a
// run loads only what it uses.
//
// esbuild rather than ncc: esbuild bundles the AWS SDK from its ES module builds and drops what
// the action never calls, where ncc (webpack over the CommonJS builds) keeps every protocol, the
// CBOR codec and the nested STS/SSO clients in the chunk the first request needs. On the way to
// the first AWS request that chunk is compiled before anything runs, so its size is start-up
// time: `npm run bench` measures the result.
import { build } from 'esbuild'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const out = process.argv[2] ?? 'dist'

rmSync(out, { recursive: true, force: true })
const result = await build({
  entryPoints: { index: 'src/index.ts', 'post/index': 'src/post.ts' },
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // GitHub runs the action on node24; the tests and the bench here run it on Node 20.
  target: 'node20',
  // The SDK's ES module builds, which esbuild can shake; CommonJS where a package has no other.
  mainFields: ['module', 'main'],
  // Bundled CommonJS packages call `require` for Node's own modules, which ES modules lack.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
  },
  // Licences are collected whole in dist/licenses.txt.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning'
})
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
writeFileSync(join(out, 'licenses.txt'), licences(Object.keys(result.metafile.inputs)))

/** The licence of every package that has a file in the bundle, each once, sorted by name. */
function licences(inputs) {
  const packageDirs = new Set(
    inputs
      .map((input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1])
      .filter((dir) => dir !== undefined)
  )
  const texts = new Map()
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const key = `${manifest.name}@${manifest.version}`
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)/i.test(name))
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : ''
    texts.set(key, `${key}\n${manifest.license ?? 'UNKNOWN'}\n${text}`)
  }
  const sorted = [...texts.keys()].sort().map((key) => texts.get(key))
  return `${sorted.join('\n\n----------\n\n')}\n`
}

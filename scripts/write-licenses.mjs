// Writes dist/licenses.txt: the licence of every production dependency bundled into dist/.
// (ncc's own --license output misses packages once it code-splits, so it is built from npm's tree.)
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const paths = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
  encoding: 'utf8'
})
  .split('\n')
  .filter((path) => path.includes('node_modules'))

const packages = new Map()
for (const path of paths) {
  const manifestPath = join(path, 'package.json')
  if (!existsSync(manifestPath)) continue
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const key = `${manifest.name}@${manifest.version}`
  if (packages.has(key)) continue
  const licenseFile = readdirSync(path).find((file) => /^(licen[cs]e|copying)/i.test(file))
  const text = licenseFile ? readFileSync(join(path, licenseFile), 'utf8').trim() : ''
  packages.set(key, `${key}\n${manifest.license ?? 'UNKNOWN'}\n${text}`)
}

const body = [...packages.keys()]
  .sort()
  .map((key) => packages.get(key))
  .join('\n\n----------\n\n')
writeFileSync('dist/licenses.txt', `${body}\n`)

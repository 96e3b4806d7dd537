#!/usr/bin/env node
// The emulator is written in TypeScript and runs without a build step: tsx's loader compiles it.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli.ts')

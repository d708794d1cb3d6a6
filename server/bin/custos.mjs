#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx (see docs/decisions/0003-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/main.ts')
const code = await main(process.argv)
if (!process.argv.includes('start') || code !== 0) process.exit(code)

/** ESM jest: ts-jest compiles TypeScript; relative `.js` imports map back to their `.ts` sources. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.dev.json' }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The emulator checks its responses against AWS's output shapes in every test.
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/response-checks.ts'],
  testTimeout: 30000,
  // The end-to-end files mostly wait on the action's process, not the CPU: more workers than cores
  // let them overlap (jest's default here, cores − 1, would run every file one after another).
  maxWorkers: 4,
  clearMocks: true
}

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/inputs/action-inputs.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`${input.includes(",") ? "Inputs" : "Input"} '${input}': ${problem}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};

export {
  InputError
};

/**
 * CloudWatch Logs filter patterns for unstructured events: space-separated terms that must all
 * appear, `"quoted phrases"`, `?term` (at least one of these), `-term` (none of these), and a
 * whole-pattern `%regex%`. Matching is case-sensitive and by substring. JSON (`{ ... }`) and
 * space-delimited (`[ ... ]`) patterns are not emulated and are refused rather than misread.
 */
import { invalidParameter } from './errors.js'

export type MessageMatcher = (message: string) => boolean

interface PatternTerms {
  required: string[]
  anyOf: string[]
  excluded: string[]
}

export function compileFilterPattern(pattern: string | undefined): MessageMatcher {
  const text = pattern?.trim() ?? ''
  if (text === '') return () => true
  if (text.startsWith('{') || text.startsWith('[')) {
    throw invalidParameter(
      `Invalid filter pattern: the emulator supports term and regex patterns only: ${text}`
    )
  }
  if (text.length > 1 && text.startsWith('%') && text.endsWith('%')) return regexMatcher(text)
  const terms = termsOf(text)
  return (message) =>
    terms.required.every((term) => message.includes(term)) &&
    (terms.anyOf.length === 0 || terms.anyOf.some((term) => message.includes(term))) &&
    !terms.excluded.some((term) => message.includes(term))
}

function regexMatcher(text: string): MessageMatcher {
  let regex: RegExp
  try {
    regex = new RegExp(text.slice(1, -1))
  } catch {
    throw invalidParameter(`Invalid filter pattern: ${text}`)
  }
  return (message) => regex.test(message)
}

function termsOf(text: string): PatternTerms {
  const terms: PatternTerms = { required: [], anyOf: [], excluded: [] }
  let index = 0
  while (index < text.length) {
    if (/\s/.test(text.charAt(index))) {
      index += 1
      continue
    }
    const modifier = text.charAt(index)
    const hasModifier = (modifier === '?' || modifier === '-') && /\S/.test(text.charAt(index + 1))
    const termStart = hasModifier ? index + 1 : index
    const { term, end } = readTerm(text, termStart)
    if (!hasModifier) terms.required.push(term)
    else if (modifier === '?') terms.anyOf.push(term)
    else terms.excluded.push(term)
    index = end
  }
  return terms
}

/** A bare word up to the next space, or a quoted phrase in which `\"` and `\\` are escapes. */
function readTerm(text: string, start: number): { term: string; end: number } {
  if (text.charAt(start) !== '"') {
    const end = text.slice(start).search(/\s/)
    return end === -1
      ? { term: text.slice(start), end: text.length }
      : { term: text.slice(start, start + end), end: start + end }
  }
  let term = ''
  for (let index = start + 1; index < text.length; index += 1) {
    const char = text.charAt(index)
    if (char === '"') return { term, end: index + 1 }
    if (char === '\\' && index + 1 < text.length) {
      index += 1
      term += text.charAt(index)
    } else term += char
  }
  throw invalidParameter(`Invalid filter pattern: unterminated quote in ${text}`)
}

/** A minimal XML writer for ec2Query responses: elements with text or child elements, no attributes. */

export interface XmlElement {
  name: string
  content: string | XmlElement[]
}

export type XmlText = string | number | boolean

export function element(name: string, content: XmlText | XmlElement[]): XmlElement {
  return { name, content: Array.isArray(content) ? content : String(content) }
}

/** Zero or one element, so optional members can be spread into a parent's children. */
export function optionalElement(name: string, value: XmlText | undefined): XmlElement[] {
  return value === undefined ? [] : [element(name, value)]
}

/** EC2 lists: a wrapper element (e.g. `imagesSet`) whose entries are `item` elements. */
export function itemList(name: string, items: XmlElement[][]): XmlElement {
  return element(
    name,
    items.map((children) => element('item', children))
  )
}

export function tagSet(tags: Record<string, string>): XmlElement[] {
  const entries = Object.entries(tags)
  if (entries.length === 0) return []
  return [
    itemList(
      'tagSet',
      entries.map(([key, value]) => [element('key', key), element('value', value)])
    )
  ]
}

export function renderDocument(
  root: string,
  namespace: string | undefined,
  children: XmlElement[]
) {
  const xmlns = namespace === undefined ? '' : ` xmlns="${escapeXml(namespace)}"`
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${xmlns}>${children.map(render).join('')}</${root}>`
}

function render(node: XmlElement): string {
  const inner =
    typeof node.content === 'string' ? escapeXml(node.content) : node.content.map(render).join('')
  return `<${node.name}>${inner}</${node.name}>`
}

/** Carriage returns are written as references because XML parsers normalise a literal CR away. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
}

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of every page of a PDF, so a test can read a printed report the way a person would. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  // pdf.js refuses Node Buffers; copy into a plain Uint8Array.
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  await document.destroy()
  return pages
}

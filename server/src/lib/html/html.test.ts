import { describe, expect, it } from 'vitest'
import {
  assertSafeLink,
  type Html,
  html,
  htmlString,
  isHtml,
  joinHtml,
  safeHref,
  textWithBreaks,
  trustedHtml,
  UnsafeLinkError,
} from '.'

const s = (value: Html) => htmlString(value)

describe('html tag', () => {
  it('escapes the five HTML special characters in text and attribute values', () => {
    const text = `<a href="x">'&'</a>`
    expect(s(html`<p title="${text}">${text}</p>`)).toBe(
      '<p title="&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;">&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;</p>',
    )
  })

  it('keeps the literal parts of the template as markup, line breaks included', () => {
    expect(s(html`<ul>\n<li>a</li>\n</ul>`)).toBe('<ul>\n<li>a</li>\n</ul>')
  })

  it('nests fragments without escaping them twice', () => {
    const item = html`<li>${'Tom & Jerry'}</li>`
    expect(s(html`<ul>${item}</ul>`)).toBe('<ul><li>Tom &amp; Jerry</li></ul>')
  })

  it('treats a string as text even when it holds markup made by html: there is no "already escaped" string', () => {
    const made = htmlString(html`<b>${'x'}</b>`)
    expect(s(html`<p>${made}</p>`)).toBe('<p>&lt;b&gt;x&lt;/b&gt;</p>')
  })

  it('concatenates lists (nested too), prints numbers and leaves out null and undefined', () => {
    const rows = [html`<td>${1}</td>`, [html`<td>${2.5}</td>`, ['<3>']]]
    expect(s(html`<tr>${rows}</tr>${null}${undefined}`)).toBe('<tr><td>1</td><td>2.5</td>&lt;3&gt;</tr>')
  })

  it('refuses booleans at compile time: the library would print a false condition as "false"', () => {
    const ok = false as boolean
    // @ts-expect-error a boolean is not an HtmlValue (npm run typecheck fails if it becomes one)
    const out = html`<p>${ok && 'yes'}</p>`
    expect(s(out)).toBe('<p>false</p>')
  })

  it('trustedHtml keeps markup as it is, and is an Html fragment', () => {
    const css = trustedHtml('a > b { color: red }')
    expect(isHtml(css)).toBe(true)
    expect(isHtml('a > b')).toBe(false)
    expect(s(html`<style>${css}</style>`)).toBe('<style>a > b { color: red }</style>')
  })

  it('joinHtml puts the separator between the parts, escaped when it is text', () => {
    expect(s(joinHtml(['a<', html`<br>`, 'b'], '\n'))).toBe('a&lt;\n<br>\nb')
    expect(s(joinHtml(['a', 'b'], html`<br>`))).toBe('a<br>b')
    expect(s(joinHtml(['a', 'b'], '&'))).toBe('a&amp;b')
    expect(s(joinHtml([]))).toBe('')
  })

  it('textWithBreaks escapes text and turns LF and CRLF into <br>', () => {
    expect(s(textWithBreaks('a <b>\r\nc & d\ne'))).toBe('a &lt;b&gt;<br>c &amp; d<br>e')
  })
})

describe('links', () => {
  it('safeHref keeps absolute http(s) and mailto links, and anchors only when asked', () => {
    expect(safeHref('https://example.be/x?a=1&b=2')).toBe('https://example.be/x?a=1&b=2')
    expect(safeHref(' mailto:a@b.be ')).toBe('mailto:a@b.be')
    expect(safeHref('#right-to-object')).toBeUndefined()
    expect(safeHref('#right-to-object', { fragment: true })).toBe('#right-to-object')
    expect(safeHref('#"><script>', { fragment: true })).toBeUndefined()
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '/relative',
      'vbscript:x',
    ]) {
      expect(safeHref(bad)).toBeUndefined()
    }
  })

  it('assertSafeLink lets absolute http(s) links through and throws on anything else', () => {
    expect(assertSafeLink('https://custos.example.be/reset?t=1')).toBe('https://custos.example.be/reset?t=1')
    expect(() => assertSafeLink('javascript:alert(1)')).toThrow(UnsafeLinkError)
    expect(() => assertSafeLink('mailto:a@b.be')).toThrow(UnsafeLinkError)
    expect(() => assertSafeLink('/reset')).toThrow(UnsafeLinkError)
  })
})

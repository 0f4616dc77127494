// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTypingTarget } from './SearchButton';

function element(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  const first = holder.firstElementChild;
  if (!(first instanceof HTMLElement)) throw new Error('no element');
  return first;
}

describe('isTypingTarget: "/" opens search except where the reader types', () => {
  it('is typing in text fields, text areas, selects and editors', () => {
    expect(isTypingTarget(element('<input type="text">'))).toBe(true);
    expect(isTypingTarget(element('<input type="search">'))).toBe(true);
    expect(isTypingTarget(element('<input>'))).toBe(true);
    expect(isTypingTarget(element('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(element('<select><option>a</option></select>'))).toBe(true);
    expect(isTypingTarget(element('<div class="cm-editor"><span>code</span></div>').querySelector('span'))).toBe(true);
  });

  it('is not typing on buttons, radio buttons, links or the page itself', () => {
    expect(isTypingTarget(element('<button>Run</button>'))).toBe(false);
    expect(isTypingTarget(element('<input type="radio">'))).toBe(false);
    expect(isTypingTarget(element('<input type="range">'))).toBe(false);
    expect(isTypingTarget(element('<a href="#x">x</a>'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

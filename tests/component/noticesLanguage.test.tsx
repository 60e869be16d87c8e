// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/config/link';
import { languageActions } from '../../src/state/language';
import { noticeLinkProblems } from '../../src/state/notices';
import { initialAppState, useAppStore } from '../../src/state/store';
import { Notices } from '../../src/views/Notices/Notices';

afterEach(() => {
  cleanup();
  useAppStore.setState(initialAppState);
  languageActions.setLang('en');
});

describe('notices follow the page language', () => {
  it("shows a hostile link's problems in Korean, still escaped, and in English after a switch", () => {
    const { problems } = decodeLink('v=1&lr=%E2%80%AE1%1B[31m&zz=1');
    languageActions.setLang('ko');
    noticeLinkProblems(problems);
    render(<Notices />);
    expect(screen.getByText('링크의 설정 중 일부를 사용할 수 없었습니다')).toBeTruthy();
    const lr = screen.getByText(/학습률 값/);
    expect(lr.textContent).toContain("'\\u202E1\\u001B[31m'");
    expect(lr.textContent).not.toContain('\u202e');
    act(() => languageActions.setLang('en'));
    expect(screen.getByText('Some settings in the link could not be used')).toBeTruthy();
    expect(screen.getByText(/^learning rate '\\u202E1\\u001B\[31m' is not a number/)).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRace } from '../../src/config/race';
import { createRace } from '../../src/core/race/race';
import { languageActions } from '../../src/state/language';
import { RaceRuns } from '../../src/views/Race/RaceRuns';

afterEach(() => {
  cleanup();
  languageActions.start('en', false);
});

function renderRuns() {
  const race = defaultRace();
  return render(<RaceRuns runs={createRace(race.surface, race.from, race.runs).runs} />);
}

describe('the race runs in Korean', () => {
  it('name momentum in Korean and refuse a value in Korean', () => {
    languageActions.start('ko', true);
    renderRuns();
    const optimizer = screen.getByRole('combobox', { name: '실행 2의 옵티마이저' });
    expect(optimizer.querySelector('option[value="momentum"]')?.textContent).toBe('모멘텀');
    expect(optimizer.querySelector('option[value="adam"]')?.textContent).toBe('Adam');
    const rate = screen.getByRole('spinbutton', { name: '실행 1의 학습률' }) as HTMLInputElement;
    fireEvent.change(rate, { target: { value: '500' } });
    expect(rate.validationMessage).toBe('학습률: [0, 100] 범위를 벗어났습니다');
  });

  it('keep the English names and words in English', () => {
    renderRuns();
    const optimizer = screen.getByRole('combobox', { name: 'Optimizer of run 2' });
    expect(optimizer.querySelector('option[value="momentum"]')?.textContent).toBe('Momentum');
    const rate = screen.getByRole('spinbutton', {
      name: 'learning rate of run 1',
    }) as HTMLInputElement;
    fireEvent.change(rate, { target: { value: '500' } });
    expect(rate.validationMessage).toBe('learning rate is outside [0, 100]');
  });
});

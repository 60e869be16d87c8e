import { describe, expect, it } from 'vitest';
import { fieldProblem, ruleFor, ruleProblemText } from '../../../src/config/race';
import { translator } from '../../../src/core/i18n';
import { english, messageIn, msg } from '../../../src/core/i18n/message';
import { valueProblem } from '../../../src/views/Race/RaceRuns';

describe("the optimizer race's number check, in words", () => {
  it('says a refused value beside its field in English and in Korean', () => {
    const rate = msg('race.setting.lr');
    expect(fieldProblem(rate, 0.5, ruleFor('lr'))).toBeNull();
    const tooHigh = fieldProblem(rate, 500, ruleFor('lr'));
    expect(tooHigh && english(tooHigh)).toBe('learning rate is outside [0, 100]');
    expect(tooHigh && messageIn('ko', tooHigh)).toBe('학습률: [0, 100] 범위를 벗어났습니다');
    const momentum = fieldProblem(msg('race.setting.mom'), 1, ruleFor('mom'));
    expect(momentum && messageIn('ko', momentum)).toBe('모멘텀: [0, 1) 범위를 벗어났습니다');
    const nan = fieldProblem('ε', Number.NaN, ruleFor('eps'));
    expect(nan && english(nan)).toBe('ε is not a finite number');
    expect(nan && messageIn('ko', nan)).toBe('ε: 유한한 수가 아닙니다');
  });

  it("the race panel's field says it in the page's language", () => {
    expect(valueProblem(translator('en'), 0.01, 'lr')).toBeNull();
    expect(valueProblem(translator('en'), -1, 'lr')).toBe('learning rate is outside [0, 100]');
    expect(valueProblem(translator('ko'), -1, 'lr')).toBe('학습률: [0, 100] 범위를 벗어났습니다');
    expect(valueProblem(translator('ko'), 1.5, 'beta1')).toBe(
      'β₁ (Adam 1차 모멘트): [0, 1) 범위를 벗어났습니다',
    );
  });

  it("a link's or the command line's subject keeps its words", () => {
    const why = ruleProblemText("adam: lr '-1'", -1, ruleFor('lr'));
    expect(why && english(why)).toBe("adam: lr '-1' is outside [0, 100]");
    expect(why && messageIn('ko', why)).toBe("adam: lr '-1'이(가) 범위 [0, 100]을(를) 벗어납니다");
  });
});

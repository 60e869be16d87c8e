import type { Texts } from '../texts';
import type { enGraphs } from '../en/graphs';
import { koFlow } from './graphs/flow';
import { koLoss } from './graphs/loss';
import { koOutput } from './graphs/output';
import { koRace } from './graphs/race';
import { koScalar } from './graphs/scalar';

/** 그래프 화면들(손실, 기울기 흐름, 출력, 옵티마이저 경주, 계산 그래프)의 한국어 문구. */
export const koGraphs: Texts<typeof enGraphs> = {
  ...koLoss,
  ...koFlow,
  ...koOutput,
  ...koRace,
  ...koScalar,
};

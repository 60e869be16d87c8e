import type { Texts } from '../../texts';
import type { enFlow } from '../../en/graphs/flow';

/** 기울기 흐름: 그래프, 히스토그램, 기울기 비율 설명, 기울기 검사. */
export const koFlow: Texts<typeof enFlow> = {
  'flow.title': '기울기 흐름',
  'flow.notReady': '학습이 준비되면 기울기 흐름이 나타납니다.',
  'flow.layer': '{layer}층',
  'flow.layerCapital': '{layer}층',
  'flow.line': '{layer}층 ({activation})',
  'flow.lineOutput': '{layer}층 ({activation}, 출력층)',
  'flow.lineDead': '{line}: 죽은 유닛 %',
  'flow.lineSaturated': '{line}: 포화된 유닛 %',
  'flow.logScale': '로그 눈금',
  'flow.grad.title': '층별 평균 |∂C/∂W|',
  'flow.grad.description': '학습 단계에 따른 층별 가중치 기울기 절댓값의 평균 (로그 눈금)',
  'flow.update.title': '갱신량 / 가중치 ‖ΔW‖/‖W‖',
  'flow.update.description':
    '학습 단계에 따른 층별 마지막 가중치 갱신량의 가중치 대비 크기 (로그 눈금)',
  'flow.units.title': '죽은 유닛 % (ReLU, 점선) · 포화된 유닛 % (σ, tanh)',
  'flow.units.description':
    '학습 단계에 따른 층별 죽은 ReLU 유닛과 포화된 시그모이드·tanh 유닛의 비율',
  'flow.units.none': '이 신경망에는 ReLU, 시그모이드, tanh 층이 없습니다',
  'flow.band': '정상 범위 ≈ 1e-3',
  'flow.waiting': '한 단계 학습하면 여기서 선이 시작됩니다',
  'flow.legend': '층과 각 층의 현재 평균 |∂C/∂W|',
  'flow.hist.activations': '활성값 z (마지막 배치)',
  'flow.hist.gradients': '기울기 ∂C/∂W (현재)',
  'flow.hist.outputLayer': '{activation} · 출력층',
  'flow.hist.activationLabel': '마지막 배치에서 {layer}층 활성값의 히스토그램',
  'flow.hist.gradientLabel': '현재 단계에서 {layer}층 가중치 기울기의 히스토그램',
  'flow.hist.saturated': '포화 구간: 여기서는 h′가 거의 0입니다',
  'flow.hist.noBatch': '배치 없음',
  'flow.hist.noGradient': '기울기 없음',
  'flow.hist.sd': 'sd {sd}',
  'flow.hist.sdDead': 'sd {sd} · 죽은 유닛 {share}%',
  'flow.hist.sdSaturated': 'sd {sd} · 포화 {share}%',
  'flow.ratio.label': '마지막 층과 첫 층의 기울기 비 ({last}층의 평균 |∂C/∂W| ÷ 1층):',
  'flow.ratio.cutOff': '1층에는 기울기가 전혀 닿지 않습니다: 중간 유닛이 죽었거나 포화되었습니다',
  'flow.ratio.vanishing':
    '기울기 소실: 1층이 받는 기울기가 {last}층보다 {ratio}배 작아서 거의 학습되지 않습니다',
  'flow.ratio.exploding': '기울기 폭주: 1층이 받는 기울기가 {last}층보다 {ratio}배 큽니다',
  'flow.ratio.balanced': '어느 쪽으로든 100배 이내: 기울기가 첫 층까지 잘 전달됩니다',
  'flow.ratio.negligible':
    '어느 층도 기울기라 할 만한 것을 받지 못합니다(1층: {first}, 마지막 층: {last}). 그래서 아무것도 학습되지 않습니다',
  'flow.ratio.oneLayer': '층이 하나뿐이라 비교할 것이 없습니다',
  'flow.ratio.flat':
    '기울기가 전혀 흐르지 않습니다: 모든 유닛이 죽었거나 포화되었거나, 손실 함수가 평평합니다',
  'flow.ratio.notYet': '아직 기울기가 없습니다: 한 단계 학습해 보세요',
  'flow.check': '기울기 검사',
  'flow.check.button': '기울기 검사',
  'flow.check.pending': '검사하는 중…',
  'flow.check.what': '지금 상태의 신경망에서 역전파로 구한 기울기를 유한 차분과 비교합니다.',
  'flow.check.layer': '층',
  'flow.check.relativeError': '상대 오차',
  'flow.check.relativeErrorTitle': '‖g − ĝ‖ / (‖g‖ + ‖ĝ‖): 역전파 기울기 g와 유한 차분 ĝ의 비교',
  'flow.check.parameters': '파라미터 수',
  'flow.check.verdict': '판정',
  'flow.check.agrees': '일치',
  'flow.check.close': '근접',
  'flow.check.disagrees': '불일치',
  'flow.check.rounding':
    '반올림 오차: 기울기가 ≈ {gradient}이면 유한 차분의 정밀도는 ≈ {limit}에 그칩니다',
  'flow.check.kink': '꺾이는 점 근처일까요? ReLU의 0을 가로지르는 유한 차분은 어긋납니다',
  'flow.check.subBackprop': '역전파',
  'flow.check.subNumeric': '수치',
  'flow.check.note':
    '상대 오차는 {error}이며, {numeric}, h = 10⁻⁵이고 C는 첫 {samples}개 학습 샘플의 평균입니다. 가중치와 편향 {compared}개를 비교했습니다 (층마다 각각 최대 64개). ✓ 10⁻⁶ 미만, ~ 10⁻³ 미만, ✗ 그 이상.',
  'flow.check.noteAtStep':
    '상대 오차는 {error}이며, {numeric}, h = 10⁻⁵이고 C는 첫 {samples}개 학습 샘플의 평균입니다. {step}단계에서 가중치와 편향 {compared}개를 비교했습니다 (층마다 각각 최대 64개). ✓ 10⁻⁶ 미만, ~ 10⁻³ 미만, ✗ 그 이상.',
};

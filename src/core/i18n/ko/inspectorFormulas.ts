import type { Texts } from '../texts';
import type { enInspectorFormulas } from '../en/inspectorFormulas';

/**
 * 스텝 인스펙터의 수식 설명. 수식과 숫자는 매개변수로 들어가므로, 매개변수 바로 뒤에는 받침에 따라
 * 모양이 바뀌는 조사(은/는, 이/가, 을/를)를 두지 않는다: '의', '에', '에서'처럼 어느 쪽이든 맞는
 * 조사를 쓰거나 명사를 하나 둔다.
 */
export const koInspectorFormulas: Texts<typeof enInspectorFormulas> = {
  'formula.wholeLayer': '층 전체를 한꺼번에',
  'formula.noBias': '{layer}층에는 편향이 없습니다.',
  'formula.derivativeOf': '{act}의 도함수',
  'formula.termsFirst':
    '샘플 {count}개 중 처음 {shown}개의 항입니다. 평균은 {count}개 전체에 대해 구합니다.',
  'formula.termsEach': '샘플마다의 항이며, 기울기는 그 평균입니다.',
  'formula.outputNeuron': '출력 {output}',

  'formula.forward.explain':
    '{layer}층의 각 뉴런은 입력 {z}에 간선마다의 가중치를 곱해 모두 더하고, 편향을 더합니다. 그 결과가 가중 입력 a입니다.',
  'formula.forward.explainNoBias':
    '{layer}층의 각 뉴런은 입력 {z}에 간선마다의 가중치를 곱해 모두 더합니다. 그 결과가 가중 입력 a입니다.',
  'formula.forward.neuron': '뉴런 {neuron}, 이 샘플의 값',
  'formula.forward.nonzero':
    '뉴런 {neuron}: 입력이 0이 아닌 앞쪽 항들 (입력 {count}개 중 {zeros}개가 0)',
  'formula.forward.dropout': '드롭아웃: 꺼진 유닛은 0을 넘기고, 남은 유닛은 1/(1−p)배가 됩니다',
  'formula.forward.inputNote': 'z⁽⁰⁾ = x: 샘플의 입력(특성)입니다.',

  'formula.activation.explain': '각 뉴런은 가중 입력을 활성화 함수 h = {act}에 통과시킵니다.',
  'formula.activation.softmaxExplain': '소프트맥스는 출력층의 가중 입력을 확률로 바꿉니다.',
  'formula.activation.neuron': '뉴런 {neuron}',
  'formula.activation.softmaxLayer': '층 전체',
  'formula.activation.softmaxOutput': '출력 {output}: 확률이며, 모든 출력의 합은 1입니다',
  'formula.activation.sigmoid': 'σ(a) = 1 / (1 + e⁻ᵃ), 0과 1 사이의 값',
  'formula.activation.tanh': 'tanh, −1과 1 사이의 값',
  'formula.activation.relu': 'ReLU(a) = max(0, a): 음수 입력은 0이 됨',
  'formula.activation.leakyRelu': 'Leaky ReLU: a > 0이면 a, 아니면 α·a',
  'formula.activation.elu': 'ELU: a > 0이면 a, 아니면 α(eᵃ − 1)',
  'formula.activation.linear': '선형: z = a',
  'formula.activation.dropped': '이 샘플에서는 꺼짐',
  'formula.activation.kept': '남음, 1/(1−p)배로 키움',
  'formula.activation.dropoutNote':
    '드롭아웃 p = {p}: 이 샘플에서 {layer}층의 각 유닛은 확률 p로 꺼집니다. 남은 유닛에는 1/(1−p)를 곱해, 다음 층이 받는 입력의 기댓값이 변하지 않게 합니다(역 드롭아웃, 테스트할 때는 쓰지 않음).',
  'formula.activation.outputNote': 'ŷ = {z}: 네트워크의 출력입니다.',

  'formula.loss.explain': '비용은 이 샘플의 출력 ŷ가 목표값 y에서 얼마나 떨어져 있는지를 잽니다.',
  'formula.loss.caption': '{loss}; 출력은 ŷ = {z}, 목표값은 y',
  'formula.loss.stableNote':
    '로짓 a⁽ᴸ⁾에서 수치적으로 안정된 결합 형태(log-sum-exp)로 계산하므로, 확신에 찬 오답이라도 ln 0이 나오지 않습니다.',
  'formula.loss.batchNote':
    '배치 손실: 샘플 {count}개 비용의 평균 = {loss}. 기울기도 평균으로 구합니다.',
  'formula.outputDelta.explain':
    '출력 델타: 출력 뉴런의 가중 입력이 변할 때 비용이 얼마나 변하는지를 나타냅니다.',
  'formula.outputDelta.explainBce':
    '출력 델타: 출력 뉴런의 가중 입력이 변할 때 비용이 얼마나 변하는지를 나타냅니다. 시그모이드 출력에 교차 엔트로피를 쓰면 연쇄 법칙에서 σ′(a)가 약분되어 사라집니다.',
  'formula.outputDelta.explainCce':
    '출력 델타: 출력 뉴런의 가중 입력이 변할 때 비용이 얼마나 변하는지를 나타냅니다. 소프트맥스에 교차 엔트로피를 쓰면 야코비 행렬 전체가 ŷ − y로 간단해집니다.',
  'formula.outputDelta.bce': '시그모이드 + 교차 엔트로피: σ′이 약분됨',
  'formula.outputDelta.cce': '소프트맥스 + 교차 엔트로피: 원-핫 목표값이면 ŷ − y',
  'formula.outputDelta.softmax':
    '제곱 오차를 소프트맥스의 야코비 행렬 ∂ŷⱼ/∂aₖ = ŷⱼ(δⱼₖ − ŷₖ)에 통과시킴',
  'formula.outputDelta.chain': '∂C/∂ŷ에 h′를 곱함 (연쇄 법칙)',
  'formula.outputDelta.derivative': '출력값으로 구한 {act}의 도함수',
  'formula.outputDelta.linearNote': '선형 출력에서는 h′ = 1입니다.',

  'formula.backward.explain':
    '역전파: {above}층의 델타가 가중치 {W}를 거쳐 {layer}층으로 거꾸로 흐릅니다. 가중치마다 따로 미분하지 않고, 이미 구한 {delta} 값을 다시 씁니다.',
  'formula.backward.neuronOne': '뉴런 {neuron}: 위층의 델타가 나가는 간선을 따라 되돌아옴',
  'formula.backward.neuronMany':
    '뉴런 {neuron}: 위층의 델타들이 나가는 간선 {count}개를 따라 되돌아옴',
  'formula.backward.gateNote':
    '계산 그래프에서 각 간선은 곱셈 게이트입니다. 위층의 델타는 간선의 가중치가 곱해져 돌아오고, 뉴런의 덧셈 게이트가 도착한 값을 모두 더하며, h′가 그 합의 크기를 조절합니다.',
  'formula.backward.droppedNote':
    '이 샘플에서 뉴런 {neuron}의 출력은 꺼졌으므로(m = 0) 이 뉴런으로는 기울기가 흐르지 않습니다.',
  'formula.backward.keptNote':
    '드롭아웃에서 뉴런 {neuron}의 출력이 남았으므로(m = 1/(1−p)) 델타도 출력과 같은 비율로 커집니다.',
  'formula.backward.reluNote':
    'ReLU는 a ≤ 0에서 평평합니다. h′ = 0이므로 기울기가 여기서 멈춥니다.',

  'formula.gradients.explain':
    '{layer}층의 모든 가중치는 이미 구한 값으로 기울기를 얻습니다. 간선이 들어가는 뉴런의 델타와 간선이 나오는 뉴런의 활성화 값을 곱해 배치에 대해 평균합니다.',
  'formula.gradients.one': '샘플 하나: δ zᵀ와 δ',
  'formula.gradients.mean': '샘플 {count}개 배치에 대한 평균',
  'formula.gradients.weight': '{below}층 뉴런 {from} → 뉴런 {to}의 가중치',
  'formula.gradients.weightFromInput': '입력 {from} → 뉴런 {to}의 가중치',
  'formula.gradients.bias': '편향: 입력이 항상 1',
  'formula.gradients.total': '평균 (기울기)',
  'formula.gradients.gateNote':
    '여기서도 곱셈 게이트입니다. 가중치의 기울기는 그 가중치가 들어가는 뉴런의 델타에, 그 간선을 따라 들어온 값을 곱한 것입니다.',

  'formula.update.explain':
    '{optimizer} 옵티마이저가 {layer}층의 모든 가중치와 편향을 기울기의 반대 방향으로 옮깁니다. 지금까지 네트워크는 이전 가중치를 그대로 쓰고 있었고, 바로 이 순간 가중치가 바뀝니다.',
  'formula.update.gradient': '배치 평균 기울기',
  'formula.update.regularized': '기울기에 규제 항을 더함 (가중치에만)',
  'formula.update.step': '실제 이동량',
  'formula.update.rate': '학습률 η = {eta}.',
  'formula.update.scheduledRate':
    '지금 적용되는 학습률 η = {eta} (이 스텝에서 스케줄이 정한 값, η₀ = {eta0}).',
  'formula.update.l2Note':
    '규제: 각 가중치의 기울기에 λ₂w 항을 더합니다 (λ₂ = {l2}). 편향은 규제하지 않습니다.',
  'formula.update.l1Note':
    '규제: 각 가중치의 기울기에 λ₁·sign(w) 항을 더합니다 (λ₁ = {l1}). 편향은 규제하지 않습니다.',
  'formula.update.bothNote':
    '규제: 각 가중치의 기울기에 λ₂w 항과 λ₁·sign(w) 항을 더합니다 (λ₂ = {l2}, λ₁ = {l1}). 편향은 규제하지 않습니다.',
  'formula.update.stateNote':
    '옵티마이저의 상태({state})는 파라미터마다 따로 있으며, 다음 스텝으로 이어집니다.',
  'formula.state.velocity': '속도 v',
  'formula.state.squares': '기울기 제곱의 합 G',
  'formula.state.meanSquare': '기울기 제곱의 이동 평균 E',
  'formula.state.moments': 'm과 v, 그리고 횟수 t',
  'formula.optimizer.momentum': '모멘텀',
  'formula.optimizer.nesterov': '네스테로프 모멘텀',

  'formula.line.sgd': '기울기를 따라 한 걸음 내려감',
  'formula.line.velocity': '속도: 지난 이동을 누적한 값',
  'formula.line.nesterovVelocity': '속도 (모멘텀과 같음)',
  'formula.line.lookAhead': '앞을 내다보는 스텝, g는 저장된 가중치에서 구함',
  'formula.line.squares': '지금까지 나온 기울기 제곱을 모두 더한 값',
  'formula.line.meanSquare': '기울기 제곱의 이동 평균',
  'formula.line.epsilon': 'ε는 제곱근 밖에 더함',
  'formula.line.firstMoment': '1차 모멘트: g의 이동 평균',
  'formula.line.secondMoment': '2차 모멘트: g²의 이동 평균',
  'formula.line.biasCorrection': '편향 보정, t = {t}: 0에서 시작한 m과 v를 바로잡음',
  'formula.line.decay': '분리된 가중치 감쇠: 기울기나 모멘트와 별개로 가중치 자체가 줄어듦',
  'formula.line.adamwStep': '감쇠된 가중치에서 내딛는 Adam의 스텝',
  'formula.line.adamwTotal': '실제 이동량: 감쇠와 적응적 스텝을 합친 것',
};

import type { Texts } from '../texts';
import type { enInspector } from '../en/inspector';

export const koInspector: Texts<typeof enInspector> = {
  'inspector.terms.firstOf':
    '샘플 {count}개 중 처음 {shown}개의 항입니다. 평균은 {count}개 전체에 대해 구합니다.',
  'inspector.norm.termsEach': '샘플마다의 값이며, 마지막 행은 그 평균입니다.',
  'inspector.norm.meanCaption': 'μ_B: 이 뉴런의 a를 배치의 샘플 {count}개에 대해 평균한 값',
  'inspector.norm.varianceCaption': 'σ²_B: 편향 분산 (m − 1이 아니라 m으로 나눔)',
  'inspector.norm.meanRow': '평균 (μ_B, σ²_B)',
  'inspector.norm.statisticsExplain':
    '배치 정규화에는 배치 전체가 필요합니다. {layer}층의 각 뉴런은 미니배치의 샘플들에 대해 가중 입력 a의 평균 μ_B와 분산 σ²_B를 구합니다.',
  'inspector.norm.statisticsNote':
    '이 층부터는 배치의 샘플들이 서로 엮입니다. 각 샘플의 â는 μ_B와 σ²_B를 통해 배치의 모든 a에 의존합니다.',
  'inspector.norm.runningNote':
    '이 스텝 뒤의 이동 평균 추정값은 μ_run = {mean}, σ²_run = {variance}이며, 학습 스텝이 아닌 모든 계산에 쓰입니다: μ_run ← 0.9·μ_run + 0.1·μ_B, σ²_run ← 0.9·σ²_run + 0.1·σ²_B·m/(m−1).',
  'inspector.norm.hatCaption':
    '정규화: 배치에 대해 평균 0, 분산 1이 됩니다. ε는 0으로 나누는 것을 막습니다',
  'inspector.norm.yCaption': '학습되는 γ로 스케일하고 β만큼 이동합니다. β가 편향의 역할을 맡습니다',
  'inspector.norm.forwardExplain':
    '{layer}층의 각 뉴런은 이 샘플의 가중 입력을 배치의 μ_B와 σ²_B로 정규화한 뒤 스케일하고 이동합니다. 그 결과 y = γ·â + β가 활성화 함수로 들어갑니다.',
  'inspector.norm.epsilonNote':
    'ε = 10⁻⁵: 모든 샘플에서 a가 같은 뉴런(σ²_B = 0)은 0으로 나누는 대신 â = 0이 됩니다.',
  'inspector.norm.evaluationNote':
    '학습 스텝이므로 배치의 통계를 씁니다. 테스트 손실, 출력 맵, 포커스 샘플은 대신 이동 평균 추정값 μ_run과 σ²_run을 씁니다.',
  'inspector.norm.gammaGradCaption': 'γ는 â에 곱해지므로: ∂C/∂y와 â의 곱을 배치에 대해 평균',
  'inspector.norm.betaGradCaption': 'β는 더해지므로: ∂C/∂y를 배치에 대해 평균',
  'inspector.norm.gradientRow': '평균 (∂C/∂β, ∂C/∂γ)',
  'inspector.norm.gradientsExplain':
    '배치 정규화를 거슬러 역전파합니다. {layer}층의 모든 샘플에 ∂C/∂y가 도착했고, γ와 β는 가중치처럼 이를 배치에 대해 평균하여 기울기를 얻습니다.',
  'inspector.norm.gradientsNote':
    'γ와 β도 가중치처럼 옵티마이저로 학습되며, 옵티마이저 상태를 따로 가집니다. L1/L2 규제는 적용되지 않습니다.',
  'inspector.norm.threeTermsCaption':
    'a는 세 경로로 비용에 닿습니다: 자신의 â를 통해, σ²_B를 통해, μ_B를 통해',
  'inspector.norm.directCaption': '직접 경로: â를 통해 (μ_B와 σ²_B는 고정)',
  'inspector.norm.viaVarianceCaption': 'σ²_B를 통한 경로: 배치의 모든 a가 분산을 움직입니다',
  'inspector.norm.viaMeanCaption': 'μ_B를 통한 경로: 배치의 모든 a가 평균을 움직입니다',
  'inspector.norm.sumCaption': '세 항을 더하면 δ가 되고, 이 값이 W와 아래층으로 전해집니다',
  'inspector.norm.backwardExplain':
    '순전파에서 배치 정규화가 샘플들을 엮었으므로, 역전파에서 각 샘플의 a에 대한 기울기는 세 항으로 이루어집니다: â를 통한 자신의 경로, 그리고 공유된 μ_B와 σ²_B를 통한 경로입니다.',
  'inspector.norm.backwardNote':
    '한 뉴런의 δ를 배치 전체에 대해 더하면 0입니다. 배치의 모든 a가 같은 만큼 함께 움직이면 배치 정규화의 출력은 변하지 않기 때문입니다.',
  'inspector.norm.sumOfCostsNote':
    '인스펙터의 다른 곳과 마찬가지로 δ는 배치 비용의 합에 대한 미분이며, W, γ, β의 기울기는 이를 m으로 나눕니다.',
  'inspector.layer.output': '출력층',
  'inspector.layer.hidden': '은닉층 {layer}',
  'inspector.title.loss': '손실 · 이 샘플의 비용 C',
  'inspector.title.outputDelta': '역전파 · 출력 델타 {delta} = ∂C/∂{a}',
  'inspector.title.gradients': '기울기 · {layer}층 · ∂C/∂{W}와 ∂C/∂{b}, 배치 평균',
  'inspector.title.gradientsNoBias': '기울기 · {layer}층 · ∂C/∂{W}, 배치 평균',
  'inspector.title.update': '업데이트 · {layer}층 · {optimizer}',
  'inspector.title.forwardLinear': '순전파 · {where} · 가중 입력 {a}',
  'inspector.title.forwardActivation': '순전파 · {where} · 활성화 {z} = h({a})',
  'inspector.title.backwardDelta': '역전파 · {where} · 델타 {delta}',
  'inspector.title.backwardToNorm': '역전파 · {where} · 배치 정규화에 도착하는 ∂C/∂{y}',
  'inspector.title.normStatistics': '배치 정규화 · {where} · 배치의 μ_B와 σ²_B',
  'inspector.title.normForward': '배치 정규화 · {where} · â와 {y} = γ·â + β',
  'inspector.title.normGradients': '배치 정규화 · {where} · ∂C/∂γ와 ∂C/∂β, 배치 평균',
  'inspector.title.normBackward': '배치 정규화 · {where} · â, σ²_B, μ_B를 거친 {delta} = ∂C/∂a',
  'inspector.scope.one': '샘플 하나',
  'inspector.scope.batch': '배치 전체 ({count}개)',
  'inspector.sample': '샘플 {position}/{count} ({index})',
  'inspector.sample.custom': '직접 입력한 값',
  'inspector.detail.label': '현재 연산',
  'inspector.detail.allValues': '모든 값 보기',
  'inspector.detail.sampleColumn': '샘플',
  'inspector.timeline.label': '이 스텝의 모든 연산',
  'inspector.timeline.batch': '배치',
  'inspector.timeline.batchOne': '기울기(샘플 하나에 대한 평균)와 업데이트',
  'inspector.timeline.batchAll': '기울기({count}개 전체의 평균)와 업데이트',
  'inspector.timeline.sample': '샘플 {position} · {index}',
  'inspector.timeline.output': '손실',
  'inspector.timeline.outputTitle': '샘플마다의 손실과 출력 델타',
  'inspector.timeline.forward': '{layer}층 →',
  'inspector.timeline.forwardTitle':
    '{layer}층 순전파, 샘플 {count}개 전체 (배치 정규화가 샘플들을 엮음)',
  'inspector.timeline.backward': '{layer}층 ←',
  'inspector.timeline.backwardTitle':
    '{layer}층 역전파, 샘플 {count}개 전체 (배치 정규화가 샘플들을 엮음)',
  'inspector.timeline.chip': '연산 {number}: {title}, {scope}',
  'inspector.update.normNote':
    '{layer}층에는 편향이 없습니다. 배치 정규화의 β가 그 역할을 맡습니다. γ와 β도 같은 옵티마이저로 업데이트되며, 규제는 적용되지 않습니다.',
  'inspector.table.inputs': '입력: {layer}층',
  'inspector.table.weights': '{W} (행 j = {layer}층의 뉴런, 열 i = {below}층의 뉴런)',
  'inspector.table.weightsBack': '{W} (행 k = {above}층의 뉴런, 열 j = {layer}층의 뉴런)',
  'inspector.table.layer': '{layer}층',
  'inspector.table.output': '출력층',
  'inspector.table.batchMean': '{symbol} (배치 평균)',
  'inspector.table.perSample': '샘플마다의 {symbol}',
  'inspector.table.passedOn': '샘플마다의 {symbol} (다음 층에 전달된 값)',
  'inspector.table.before': '{symbol} 이전',
  'inspector.table.after': '{symbol} 이후',
  'inspector.table.gradient': 'g = ∂C/∂{W}',
  'inspector.table.gradientRegularized': 'g = ∂C/∂{W} + 규제 항',
  'inspector.table.stateOf': '{state} ({W})',
  'inspector.table.step': 'Δw: 실제 이동량',
  'inspector.table.biases': '{layer}층의 편향',
  'inspector.table.norm': '{layer}층의 배치 정규화',
  'inspector.table.neuron': '뉴런',
  'inspector.table.sample': '샘플',
  'inspector.table.via': '{symbol} 경로',
  'inspector.forward.normNote':
    '{layer}층은 배치 정규화 층입니다. 이 a는 다음 단계에서 배치에 대해 정규화되며, 편향 대신 β가 그 역할을 맡습니다(이 층에는 편향이 없습니다).',
  'inspector.backward.normNote':
    '{layer}층은 배치 정규화 층입니다. 이 값은 정규화 출력에서의 기울기 ∂C/∂y이며, 다음 연산들이 이를 γ, â, σ²_B, μ_B를 거쳐 δ = ∂C/∂a로 되돌려 보냅니다.',
  'inspector.heading': '스텝 인스펙터',
  'inspector.intro':
    '학습 스텝 하나를 연산 단위로 따라가 봅니다: 각 층의 순전파(a = Wz + b, 그다음 z = h(a)), 손실, 출력 델타, 각 층의 역전파(δ⁽ˡ⁾ = h′(a⁽ˡ⁾) ⊙ W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾), 기울기, 옵티마이저의 업데이트까지 실제 숫자로 보여 줍니다. 그래프에는 각 연산이 읽고 쓰는 부분이 강조됩니다.',
  'inspector.introOr': '또는',
  'inspector.introKeys': '키로 어디서든 연산 하나씩 진행할 수 있습니다.',
  'inspector.summary':
    '스텝 {step} (에포크 {epoch}) · {batch} · {loss} · {optimizer}, η = {eta} · 배치 손실 {batchLoss}',
  'inspector.summary.one': '샘플 하나 ({index})',
  'inspector.summary.batch': '샘플 {count}개의 미니배치',
  'inspector.diverged':
    '이 스텝은 발산했습니다({message}). 업데이트는 적용되지 않았고 네트워크는 가중치를 그대로 유지합니다.',
  'inspector.handPicked':
    '이 스텝은 다음 미니배치 대신 직접 고르거나 입력한 샘플로 학습했습니다. 링크에 기록되므로 공유한 링크에서도 똑같이 재현됩니다.',
};

import type { Texts } from '../texts';
import type { enProblems } from '../en/problems';

/**
 * 링크와 실행 설정에서 발견한 문제들. 값 뒤에 오는 조사는 값에 따라 달라지므로 '은(는)',
 * '을(를)'처럼 함께 적고, 가능하면 값을 문장 끝이 아닌 곳에 두어 읽기 쉽게 했습니다.
 */
export const koProblems: Texts<typeof enProblems> = {
  'problem.raw': '{text}',
  'problem.value.list': '목록',
  'problem.value.object': '객체',
  'problem.value.none': '없음',
  'problem.list.andMore': '{list} 외 {count}개',
  'problem.more': '…외 {count}개 더',

  'field.seed': '시드',
  'field.data.dataset': '데이터셋',
  'field.data.samples': '샘플 수',
  'field.data.noise': '노이즈',
  'field.data.testFraction': '테스트 비율',
  'field.data.classes': '클래스 수',
  'field.data.features': '입력 특성',
  'field.data.normalize': '입력 정규화',
  'field.data.digitSize': '숫자 이미지 크기',
  'field.data.csv': 'CSV 데이터',
  'field.data.csvTargets': 'CSV 목표 열 수',
  'field.data.csvTask': 'CSV 과제',
  'field.network.hidden': '은닉층',
  'field.network.output.activation': '출력층 활성화 함수',
  'field.network.output.bias': '출력층 편향',
  'field.network.loss': '손실 함수',
  'field.network.init.kind': '가중치 초기화',
  'field.network.init.scale': '초기화 배율',
  'field.network.leakySlope': 'Leaky ReLU 기울기',
  'field.network.eluAlpha': 'ELU 알파',
  'field.training.optimizer.kind': '옵티마이저',
  'field.training.optimizer.learningRate': '학습률',
  'field.training.optimizer.momentum': '모멘텀',
  'field.training.optimizer.rho': 'RMSprop의 ρ',
  'field.training.optimizer.beta1': 'Adam의 β₁',
  'field.training.optimizer.beta2': 'Adam의 β₂',
  'field.training.optimizer.epsilon': '엡실론',
  'field.training.optimizer.weightDecay': '가중치 감쇠 (AdamW)',
  'field.training.schedule.kind': '학습률 스케줄',
  'field.training.schedule.decay': '감쇠율',
  'field.training.schedule.gamma': '감쇠 계수 감마',
  'field.training.schedule.every': '감소 주기 (에포크)',
  'field.training.schedule.cycleLow': '최저 학습률 (순환)',
  'field.training.schedule.cycleSteps': '순환 길이 (스텝)',
  'field.training.batchSize': '배치 크기',
  'field.training.regularization.kind': '정규화',
  'field.training.regularization.rate': '정규화 강도',
  'field.training.regularization.l1Ratio': 'L1 비율',
  'field.initialParams': '초기 매개변수',
  'field.open.step': '열 때의 스텝',
  'field.open.view': '열 때의 화면',
  'field.open.focusSample': '주목할 샘플',
  'field.open.inspectOp': '살펴보는 연산',
  'field.open.graphExpression': '계산 그래프 식',
  'field.open.graphValues': '계산 그래프 변수 값',
  'field.open.graphStep': '계산 그래프 역전파 단계',
  'field.layer.size': '뉴런 수',
  'field.layer.activation': '활성화 함수',
  'field.layer.bias': '편향',
  'field.layer.dropout': '드롭아웃',
  'problem.bound.learningRate': '학습률',

  'problem.section.data': '데이터 설정',
  'problem.section.network': '신경망 설정',
  'problem.section.output': '출력층 설정',
  'problem.section.init': '초기화 설정',
  'problem.section.training': '학습 설정',
  'problem.section.optimizer': '옵티마이저 설정',
  'problem.section.schedule': '학습률 스케줄 설정',
  'problem.section.regularization': '정규화 설정',
  'problem.section.open': '열기 설정',

  'problem.number.notInteger': '{noun} 값 {value}은(는) 정수가 아닙니다. {using}을(를) 사용합니다.',
  'problem.number.notNumber': '{noun} 값 {value}은(는) 숫자가 아닙니다. {using}을(를) 사용합니다.',
  'problem.number.notFinite':
    '{noun} 값 {value}은(는) 유한한 숫자가 아닙니다. {using}을(를) 사용합니다.',
  'problem.number.mustBeAbove':
    '{noun} 값 {value}: {bound}보다 커야 합니다. {using}을(를) 사용합니다.',
  'problem.number.belowMinimum':
    '{noun} 값 {value}은(는) 최솟값 {bound}보다 작습니다. {using}을(를) 사용합니다.',
  'problem.number.mustBeBelow':
    '{noun} 값 {value}: {bound}보다 작아야 합니다. {using}을(를) 사용합니다.',
  'problem.number.aboveLimit':
    '{noun} 값 {value}은(는) 한도 {bound}을(를) 넘습니다. {using}을(를) 사용합니다.',
  'problem.number.aboveNamed':
    '{noun} 값 {value}은(는) {name}({bound})보다 큽니다. {using}을(를) 사용합니다.',
  'problem.choice.unknown': '알 수 없는 {noun} {value}. {using}을(를) 사용합니다.',
  'problem.boolean.notBoolean':
    '{noun} 값 {value}은(는) true나 false가 아닙니다. {using}을(를) 사용합니다.',
  'problem.subset.notList':
    '{noun} 값 {value}은(는) 짧은 목록이 아닙니다. {using}을(를) 사용합니다.',
  'problem.subset.item': '{value} ({item}번째 항목)',
  'problem.subset.unknownOne': '{noun}에 알 수 없는 항목 {values}이(가) 있어 빼고 읽습니다.',
  'problem.subset.unknownMany': '{noun}에 알 수 없는 항목 {values}이(가) 있어 모두 빼고 읽습니다.',
  'problem.subset.repeated': '{noun}에 {values}이(가) 두 번 이상 들어 있어 처음 것만 남깁니다.',
  'problem.subset.empty': '{noun} 목록이 비어 있습니다. {using}을(를) 사용합니다.',
  'problem.text.notText': '{noun} 값 {value}은(는) 텍스트가 아닙니다. {using}을(를) 사용합니다.',
  'problem.text.tooLongNone': '{noun}이(가) {length}자로 한도 {limit}자를 넘어 사용하지 않습니다.',
  'problem.text.tooLongCut':
    '{noun}이(가) {length}자로 한도 {limit}자를 넘어 앞의 {cut}자(완전한 줄 단위)만 사용합니다.',
  'problem.text.brokenUnicode': '{noun}에 깨진 유니코드 문자가 있어 \ufffd(으)로 바꾸었습니다.',

  'problem.config.unreadable': '실행 설정을 읽을 수 없어 기본값을 사용합니다.',
  'problem.config.notObject': '실행 설정 {value}은(는) 객체가 아닙니다. 기본값을 사용합니다.',
  'problem.config.mathsVersion':
    '수학 버전 {value}은(는) {versions} 중 하나가 아닙니다. 버전 {using}을(를) 사용합니다.',
  'problem.config.sectionNotObject':
    '{section} {value}은(는) 객체가 아닙니다. 이 설정들은 기본값을 사용합니다.',
  'problem.config.lossNeedsOutput':
    "손실 함수 '{loss}'에는 {needed} 출력층이 필요한데 지금 출력층은 {output}입니다. {using}을(를) 사용합니다.",
  'problem.budget.batchWork':
    '이 층 구성에서 배치 크기 {batch}(으)로는 스텝마다 곱셈-덧셈이 {needed}백만 번 필요해 한도 {budget}백만 번을 넘습니다. 배치 크기를 {using}(으)로 줄입니다.',
  'problem.budget.batchMemory':
    '이 층 구성에서 배치 크기 {batch}(으)로는 데이터와 활성값에 {needed} MB가 필요해 한도 {budget} MB를 넘습니다. 배치 크기를 {using}(으)로 줄입니다.',
  'problem.budget.samplesMemory':
    '샘플 {samples}개를 배치 크기 {batch}(으)로 학습하면 데이터와 활성값에 {needed} MB가 필요해 한도 {budget} MB를 넘습니다. 샘플을 {using}개로 줄입니다.',

  'problem.layers.notList': '{noun} 값 {value}은(는) 목록이 아닙니다. {using}을(를) 사용합니다.',
  'problem.layers.tooMany':
    '{noun}이(가) {count}개로 한도 {limit}개를 넘습니다. 앞의 {limit}개만 사용합니다.',
  'problem.layers.notLayer':
    '{layer}번째 은닉층 {value}은(는) 층으로 읽을 수 없습니다. {using}을(를) 사용합니다.',
  'problem.layers.batchNorm':
    '{layer}번째 은닉층의 배치 정규화 값 {value}은(는) true나 false가 아니어서 끈 채로 둡니다.',
  'problem.layers.field': '{layer}번째 은닉층의 {field}',

  'problem.params.weightsOf': '{layer}번째 층의 초기 가중치',
  'problem.params.biasesOf': '{layer}번째 층의 초기 편향',
  'problem.params.dropped': '{why}. 이 값들은 무시하고 초기화 방법으로 가중치를 정합니다.',
  'problem.params.notLists': '초기 매개변수 {value}은(는) 가중치 목록과 편향 목록이 아닙니다',
  'problem.params.listCount':
    '초기 매개변수에 가중치 목록 {weights}개, 편향 목록 {biases}개가 있지만 신경망의 층은 {layers}개(은닉층 {hidden}개 + 출력층)입니다',
  'problem.params.notList': '{noun}이(가) 목록이 아닙니다',
  'problem.params.empty': '{noun}이(가) 비어 있습니다',
  'problem.params.listTooLong': '{noun}이(가) 숫자 {count}개로 한도 {limit}개를 넘습니다',
  'problem.params.tooMany': '초기 매개변수가 숫자 {count}개로 한도 {limit}개를 넘습니다',
  'problem.params.entryNotNumber': '{noun}의 {entry}번째 값 {value}은(는) 숫자가 아닙니다',
  'problem.params.entryNotFinite': '{noun}의 {entry}번째 값 {value}은(는) 유한한 숫자가 아닙니다',
  'problem.params.misfitLists':
    '초기 매개변수에 가중치 목록 {weights}개, 편향 목록 {biases}개가 있지만 신경망의 층은 {layers}개입니다. 대신 초기화 방법을 사용합니다.',
  'problem.params.misfitWeights':
    '{noun}은(는) 숫자 {count}개인데, 입력 {inputs}개 × 뉴런 {neurons}개에는 {needed}개가 필요합니다. 대신 초기화 방법을 사용합니다.',
  'problem.params.misfitNormBiases':
    '{noun}은(는) 숫자 {count}개인데, 뉴런 {neurons}개의 배치 정규화 층에는 {neurons}개(β) 또는 {all}개(γ, β, μ, σ²)가 필요합니다. 대신 초기화 방법을 사용합니다.',
  'problem.params.misfitBiases':
    '{noun}은(는) 숫자 {count}개인데, 그 층의 뉴런은 {neurons}개입니다. 대신 초기화 방법을 사용합니다.',
  'problem.params.unusedBiases':
    '{layer}번째 층의 초기 편향이 주어졌지만 그 층에는 편향이 없어 무시합니다.',

  'problem.changes.notList': '실시간 변경 기록 {value}은(는) 목록이 아니어서 사용하지 않습니다.',
  'problem.changes.tooMany':
    '실시간 변경이 {count}개로 한도 {limit}개를 넘습니다. 앞의 {limit}개만 사용합니다.',
  'problem.changes.linkTooMany':
    '링크에 실시간 변경이 {count}개 있어 한도 {limit}개를 넘습니다. 앞의 {limit}개만 읽습니다.',
  'problem.change.dropped': '{number}번째 실시간 변경을 버렸습니다: {why}',
  'problem.change.droppedAt': '{number}번째 실시간 변경(스텝 {step})을 버렸습니다: {why}',
  'problem.change.notChange': '{value}은(는) 변경 항목이 아닙니다',
  'problem.change.unreadable': '{value}을(를) 읽을 수 없습니다',
  'problem.change.badStep': '스텝 {value}은(는) 0부터 {max}까지의 정수가 아닙니다',
  'problem.change.notLive': '{value}은(는) 학습 중에 바꿀 수 없는 설정입니다',
  'problem.change.notSetting': '{noun}은(는) 설정이 아닙니다',
  'problem.change.notChoice': '{noun} 값 {value}은(는) 고를 수 있는 값이 아닙니다',
  'problem.change.cannotChange': '{noun}은(는) 학습 중에 바꿀 수 없습니다',
  'problem.change.notNumber': '{noun} 값 {value}은(는) 숫자가 아닙니다',
  'problem.change.notWhole': '{noun} 값 {value}은(는) 정수가 아닙니다',
  'problem.change.outOfRange': '{noun} 값 {value}이(가) 허용 범위를 벗어납니다',
  'problem.change.weightOutside': '어떤 신경망에도 없는 가중치를 가리킵니다',
  'problem.change.weightNotNumber': '가중치 값 {value}은(는) 숫자가 아닙니다',
  'problem.change.biasOutside': '어떤 신경망에도 없는 편향을 가리킵니다',
  'problem.change.biasNotNumber': '편향 값 {value}은(는) 숫자가 아닙니다',
  'problem.change.badSamples': '직접 고른 샘플이 1~{max}개의 샘플 번호 목록이 아닙니다',
  'problem.change.badCustom': '직접 입력한 샘플이 숫자 목록으로 되어 있지 않습니다',
  'problem.change.badKind': '{value}은(는) 변경의 종류가 아닙니다',
  'problem.rule.aboveLimit': '{noun} 값 {value}은(는) 한도 {bound}을(를) 넘습니다',
  'problem.rule.aboveNamed': '{noun} 값 {value}은(는) {name}({bound})보다 큽니다',
  'problem.rule.belowMinimum': '{noun} 값 {value}은(는) 최솟값 {bound}보다 작습니다',
  'problem.rule.cyclic':
    '이 변경을 적용하면 순환 최저 학습률 {low}이(가) 학습률 {rate}보다 커집니다',
  'problem.fit.dropped': '{number}번째 실시간 변경 {change}을(를) 버렸습니다: {why}',
  'problem.fit.note': '{number}번째 실시간 변경 {change}: {note}',

  'problem.link.unreadable': '링크를 읽을 수 없어 기본 설정을 사용합니다.',
  'problem.link.notText': '링크가 텍스트가 아니어서 기본 설정을 사용합니다.',
  'problem.link.tooLong':
    '링크가 {count}자로 한도 {limit}자를 넘습니다. 앞의 {limit}자만 읽습니다.',
  'problem.link.tooManyPairs': '링크의 설정이 {limit}개를 넘어 나머지는 무시합니다.',
  'problem.link.unknownKeys': '알 수 없는 링크 키 {keys}은(는) 무시했습니다.',
  'problem.link.noVersion':
    '링크 끝에 버전(v=…)이 없어 중간에 잘렸을 수 있습니다. 버전 {current}(으)로 읽습니다.',
  'problem.link.unknownVersion':
    '링크 버전 {value}을(를) 알 수 없어 버전 {current}(으)로 읽습니다.',
  'problem.link.newerVersion':
    '링크 버전 {version}은(는) 이 앱({current})보다 새 버전입니다. 읽을 수 있는 부분만 읽습니다.',
  'problem.link.wouldBeTooLong':
    '링크가 {count}자가 되어 한도 {limit}자를 넘습니다. 초기 매개변수를 빼거나 CSV 데이터를 줄여서 공유하세요.',
  'problem.link.badCsvText':
    '링크의 CSV 데이터가 올바른 base64url 텍스트가 아니어서 사용하지 않습니다.',
  'problem.link.tooManyLayers':
    '링크에 은닉층이 {count}개 있어 한도 {limit}개를 넘습니다. 앞의 {limit}개만 사용합니다.',
  'problem.link.layerOption': '링크의 알 수 없는 층 옵션 {value}은(는) 무시합니다.',
  'problem.link.paramLayers':
    '링크의 초기 매개변수가 {count}개 층으로 한도 {limit}개를 넘습니다. 초기화 방법을 사용합니다.',
  'problem.link.paramCount':
    '링크의 초기 매개변수가 허용된 개수(층마다 {perLayer}개, 전체 {total}개)보다 많습니다. 초기화 방법을 사용합니다.',
  'problem.link.paramsNoWeights':
    '링크에 초기 매개변수가 있지만 가중치(w=…)가 없습니다. 초기화 방법을 사용합니다.',
  'problem.link.paramsNoBiases':
    '링크에 초기 매개변수가 있지만 편향(b=…)이 없습니다. 초기화 방법을 사용합니다.',
  'problem.link.notOneOf': '{key}: {value}은(는) {names} 중 하나가 아니어서 무시합니다.',
  'problem.link.embedEmpty': 'embed: 보여 줄 패널이 없어 전체 페이지를 보여 줍니다.',

  'problem.race.notFinite': '{subject}은(는) 유한한 숫자가 아닙니다',
  'problem.race.notInteger': '{subject}은(는) 정수가 아닙니다',
  'problem.race.outside': '{subject}이(가) 범위 {interval}을(를) 벗어납니다',
  'problem.race.unknownOptimizer':
    '경주 {run}번: 알 수 없는 옵티마이저 {value}. 이 경주는 빼고 진행합니다.',
  'problem.race.unknownSetting': '경주 {run}번: 알 수 없는 설정 {value}은(는) 무시합니다.',
  'problem.race.badSetting': '경주 {run}번: {why}. {using}을(를) 사용합니다.',
  'problem.race.unreadableChange': '경주 변경 {value}을(를) 읽을 수 없어 무시합니다.',
  'problem.race.changeAddressesNothing':
    '경주 변경 {value}이(가) 이 경주의 어떤 참가자나 설정도 가리키지 않아 무시합니다.',
  'problem.race.badChange': '경주 변경 {value}: {why}. 무시합니다.',
  'problem.race.badStart':
    '경주 시작점 {value}은(는) [−{limit}, {limit}] 범위의 두 숫자가 아닙니다. {using}을(를) 사용합니다.',
  'problem.race.unknownSurface': '경주 지형 {value}을(를) 알 수 없어 {using}을(를) 사용합니다.',
  'problem.race.tooManyRuns': '경주 참가자가 {count}개입니다. 처음 {limit}개만 남깁니다.',
  'problem.race.badStep':
    '경주 스텝 {value}은(는) 0부터 {max}까지의 정수가 아닙니다. 0을 사용합니다.',
  'problem.race.tooManyChanges': '경주 변경 기록이 {count}개입니다. 처음 {limit}개만 남깁니다.',
  'problem.graph.badExpression': "계산 그래프 식 '{expression}': {why}. {using}을(를) 사용합니다.",
  'problem.graph.badValues': "계산 그래프 변수 값 '{values}': {why}. {using}을(를) 사용합니다.",
  'problem.graph.tooLong': '식이 {count}자입니다. 최대 {limit}자까지 쓸 수 있습니다',
  'problem.graph.numberTooLarge': "{at}번째 위치의 수 '{number}'이(가) 너무 큽니다",
  'problem.graph.unexpected': '{at}번째 위치에 예상하지 못한 {what}이(가) 있습니다',
  'problem.graph.character': '문자 U+{code}',
  'problem.graph.number': '수 {text}',
  'problem.graph.end': '식의 끝',
  'problem.graph.tooDeep': '{at}번째 위치에서 식이 너무 깊게 중첩되었습니다 (최대 {limit}단계)',
  'problem.graph.unknownFunction': "{at}번째 위치의 '{name}'은(는) 알 수 없는 함수입니다",
  'problem.graph.expectedParen': "{at}번째 위치: {fn} 뒤에는 '('가 와야 합니다",
  'problem.graph.oneArgument':
    '{at}번째 위치: {fn}은(는) 인수를 1개 받는데 {count}개가 주어졌습니다',
  'problem.graph.arguments':
    '{at}번째 위치: {fn}은(는) 인수를 {wanted}개 받는데 {count}개가 주어졌습니다',
  'problem.graph.unclosed':
    "{at}번째 위치에 예상하지 못한 {what}이(가) 있습니다. {open}번째 위치의 '('가 닫히지 않았습니다",
  'problem.graph.empty': '식이 비어 있습니다',
  'problem.graph.unreadable': '식을 읽을 수 없습니다',
  'problem.graph.tooManyNodes': '그래프에 노드가 {limit}개보다 많이 필요합니다. 식을 줄여 주세요',
  'problem.graph.notComputed': '그래프를 계산할 수 없습니다',
  'problem.graph.noValue': "변수 '{name}'({at}번째 위치)에 값이 없습니다",
  'problem.graph.node': '노드 {id} ({label})',
  'problem.graph.nodeAt': '노드 {id} ({label}, {at}번째 위치)',
  'problem.graph.atNode': '{node}에서 계산할 수 없습니다: {why}',
  'problem.graph.divideByZero': '0으로 나눌 수 없습니다: {u} / 0',
  'problem.graph.varyingPower':
    '지수에 변수가 들어간 거듭제곱은 밑이 양수여야 하는데 밑이 {u}입니다',
  'problem.graph.zeroNegativePower': '0의 음수 거듭제곱(0^{v})은 0으로 나누는 것과 같습니다',
  'problem.graph.realPower':
    '실수 지수의 거듭제곱은 밑이 양수여야 합니다: {u}^{v}은(는) 실수가 아닙니다',
  'problem.graph.log': '0 이하의 수에는 로그를 취할 수 없습니다: log({u})',
  'problem.graph.sqrt': '음수의 제곱근은 구할 수 없습니다: sqrt({u})',
  'problem.graph.noFormula': "연산 '{op}'에는 계산식이 없습니다",
  'problem.graph.overflow': '값이 너무 커서 표현할 수 없습니다 ({value})',
  'problem.graph.gradient': '{node}에서 기울기가 유한하지 않습니다 (국소 기울기 {slope})',
  'problem.graph.valueMissing': '{index}번째 값이 없습니다',
  'problem.graph.valueNotNumber': "{index}번째 값 '{text}'은(는) 숫자가 아닙니다",
  'problem.graph.tooManyValues': '값이 변수 {count}개보다 많습니다',
  'problem.csv.tooLong': '데이터가 너무 깁니다 ({count}자, 한도 {limit}자)',
  'problem.csv.tooManyRows': '행이 너무 많습니다 ({count}개 > {limit}개)',
  'problem.csv.empty': '데이터가 비어 있습니다',
  'problem.csv.headerOnly': '데이터에 머리글은 있지만 행이 없습니다',
  'problem.csv.tooManyColumns': '{line}번째 줄의 열이 너무 많습니다 ({count}개 > {limit}개)',
  'problem.csv.headerMismatch':
    '{headerLine}번째 줄(머리글)에는 이름이 {names}개인데 {line}번째 줄에는 열이 {columns}개입니다',
  'problem.csv.columnCount': '{line}번째 줄의 열이 {count}개입니다. {columns}개여야 합니다',
  'problem.csv.columnCountOne': '{line}번째 줄의 열이 1개입니다. {columns}개여야 합니다',
  'problem.csv.emptyField': '{line}번째 줄 {column}번째 열이 비어 있습니다',
  'problem.csv.oneMoreLine': '문제가 있는 줄이 하나 더 있습니다',
  'problem.csv.moreLines': '문제가 있는 줄이 {count}개 더 있습니다',
  'problem.csv.notNumber': '{line}번째 줄 {column}번째 열: "{text}"은(는) 숫자가 아닙니다',
  'problem.csv.notNumberFirst':
    '{line}번째 줄 {column}번째 열: "{text}"은(는) 숫자가 아닙니다 (머리글 줄에는 이름만 있어야 합니다)',
  'problem.csv.tooLarge': '{line}번째 줄 {column}번째 열: {text}은(는) 너무 큰 수입니다',
  'problem.csv.badTargets': '목표 열 수는 1 이상의 정수여야 합니다. 지금 값은 {targets}입니다',
  'problem.csv.noInputs':
    '입력 열이 없습니다: 각 행은 {columns}열인데 마지막 {targets}열이 모두 목표값입니다',
  'problem.csv.noInputsOneColumn':
    '입력 열이 없습니다: 각 행은 {columns}열뿐인데 마지막 {targets}열이 목표값입니다',
  'problem.csv.noInputsOneColumnTargets':
    '입력 열이 없습니다: 각 행은 {columns}열뿐인데 마지막 {targets}열을 목표값으로 지정했습니다',
  'problem.csv.tooManyInputs': '입력 열이 너무 많습니다 ({count}개 > {limit}개)',
  'problem.csv.classTargets':
    '분류에는 클래스 레이블이 담긴 목표 열이 정확히 1개 필요합니다. 지금은 {targets}개입니다',
  'problem.csv.labelNotWhole':
    '{line}번째 줄 {column}번째 열: 레이블 {label}은(는) 정수가 아닙니다',
  'problem.csv.labelOutOfRange':
    '{line}번째 줄 {column}번째 열: 레이블 {label}이(가) 범위를 벗어납니다 (레이블은 0부터 {largest}까지)',
  'problem.csv.oneClass': '분류에는 클래스가 두 개 이상 필요한데 모든 레이블이 0입니다',
  'problem.csv.tooManyTargets': '목표 열이 너무 많습니다 ({count}개 > {limit}개)',
  'problem.csv.unknownDataset': '알 수 없는 데이터셋 "{name}"',
  'problem.assets.failed': '손글씨 숫자 데이터를 불러오지 못했습니다 ({why}).',
  'problem.csv.buildFailed': '{name} 데이터를 만들 수 없습니다: {why}',
  'problem.csv.noDigits': '숫자 이미지를 불러오지 못했습니다 ({path})',

  'problem.fit.noLayer': '{layer}번째 층을 가리키지만 신경망의 가중치 층은 {depth}개입니다',
  'problem.fit.noLayerOne': '{layer}번째 층을 가리키지만 신경망의 가중치 층은 1개입니다',
  'problem.fit.weightOutside':
    '{layer}번째 층(뉴런 {neurons}개 × 입력 {inputs}개) 밖의 가중치를 가리킵니다',
  'problem.fit.noBias': '{layer}번째 층의 편향을 바꾸려 하지만 그 층에는 편향이 없습니다',
  'problem.fit.noNeuron': '뉴런 {to}을(를) 가리키지만 {layer}번째 층의 뉴런은 {neurons}개입니다',
  'problem.fit.samplesOutside': '학습 데이터(샘플 {count}개) 밖의 샘플을 골랐습니다',
  'problem.fit.someSamplesOutside':
    '학습 데이터(샘플 {count}개) 밖의 샘플 {outside}개를 골라서 그 샘플들은 뺐습니다',
  'problem.fit.customSize':
    '입력 {inputs}개와 목표값 {targets}개가 있지만 신경망에는 입력 {nIn}개와 목표값 {nOut}개가 필요합니다',
  'problem.config.notJson': '{name}은(는) 올바른 JSON이 아닙니다 ({error}). 기본값을 사용합니다.',
  'problem.batchNorm.smallBatch':
    '{layer}번째 은닉층의 배치 정규화에는 배치마다 샘플이 2개 이상 필요한데 배치 크기가 {batch}입니다. 샘플 하나의 분산은 0이기 때문입니다. 배치 크기를 늘리거나 배치 정규화를 끄세요.',
  'problem.batchNorm.smallSet':
    '{layer}번째 은닉층의 배치 정규화에는 배치마다 샘플이 2개 이상 필요한데 배치 크기가 {batch}입니다(학습 데이터가 샘플 {count}개뿐입니다). 샘플 하나의 분산은 0이기 때문입니다. 배치 크기를 늘리거나 배치 정규화를 끄세요.',
  'problem.batchNorm.oneSample':
    '{layer}번째 은닉층의 배치 정규화에는 한 스텝에 샘플이 2개 이상 필요합니다. 샘플 하나의 분산은 0이기 때문입니다. 대신 다음 미니배치로 한 스텝을 살펴보세요.',
  'problem.custom.noRun': '아직 학습이 시작되지 않았습니다',
  'problem.custom.pixels': '그려 넣은 숫자의 픽셀 값은 0과 1 사이여야 합니다',
  'problem.custom.inputOne': '직접 입력하는 샘플에는 유한한 입력값 {count}개가 필요합니다',
  'problem.custom.inputs': '직접 입력하는 샘플에는 유한한 입력값 {count}개가 필요합니다',
  'problem.custom.targetOne': '직접 입력하는 샘플에는 유한한 목표값 {count}개가 필요합니다',
  'problem.custom.targets': '직접 입력하는 샘플에는 유한한 목표값 {count}개가 필요합니다',
  'problem.custom.class': '직접 입력하는 샘플의 클래스는 0 … {largest} 중 하나여야 합니다',
  'runNotice.linkProblems': '링크의 설정 중 일부를 사용할 수 없었습니다',
  'runNotice.diverged': '학습이 발산했습니다',
  'runNotice.divergedAt':
    '스텝 {step}에서 {what}. 학습을 멈췄고, 신경망은 그 스텝 직전 상태로 남아 있습니다.',
  'runNotice.divergedForward': '순전파 중 {layer}번째 층에서 {value} 값이 나왔습니다',
  'runNotice.divergedLoss': '손실 값이 유한한 수가 아니게 되었습니다',
  'runNotice.divergedGradient':
    '{layer}번째 층의 기울기가 유한하지 않거나 {limit}을(를) 넘었습니다',
  'runNotice.divergedAdvice': '학습률을 낮춘 뒤 초기화(Reset)를 눌러 보세요.',
  'runNotice.command': '요청한 작업을 할 수 없었습니다',
  'runNotice.error': '요청한 대로 학습을 시작할 수 없었습니다',
  'runNotice.warning': '설정 일부를 바꿔서 학습을 시작했습니다',
  'runNotice.crash': '학습 워커가 멈췄습니다',
  'runNotice.crashRestarted': '{why}. 새 워커가 같은 설정으로 스텝 0부터 다시 시작했습니다.',
  'runNotice.crashResumed':
    '{why}. 새 워커가 같은 설정과 변경 기록으로 스텝 {step}까지 같은 학습을 다시 진행합니다.',
  'runNotice.dataFallback': '{reason}. 대신 {dataset} 데이터를 사용합니다',
  'runNotice.crashUnknown': '학습 워커가 예기치 않게 멈췄습니다',
  'runNotice.crashUnreadable': '학습 워커가 보낸 메시지를 읽을 수 없었습니다',
  'runNotice.stepLimit': '스텝 한도인 {limit} 스텝에서 멈췄습니다',
  'runNotice.stepLimitWhy':
    '링크는 저장된 스텝까지 다시 학습해서 실행을 재현하는데, 링크가 담을 수 있는 스텝이 여기까지입니다. 링크가 정확히 재현되도록 여기서 학습을 멈춥니다.',
  'runNotice.stepLimitAdvice':
    '처음부터 다시 하려면 초기화(Reset)를 누르거나, 실행을 새로 시작하는 설정을 바꾸세요.',
  'diagnosis.flat.title': '처음부터 평평함',
  'diagnosis.flat.evidence':
    '{steps}단계 동안 학습 손실이 처음 값 {first}에서 많아야 {moved} 움직였습니다 (지금 {now}).',
  'diagnosis.flat.suggestion': '학습률을 키워 보거나, 죽었거나 포화된 뉴런이 없는지 살펴보세요.',
  'diagnosis.diverging.title': '발산',
  'diagnosis.diverging.notFinite': '{step}단계에서 학습 손실이 {loss}입니다.',
  'diagnosis.diverging.rose':
    '학습 손실이 {lowest}({lowestStep}단계)에서 {step}단계의 {now}(으)로 올라갔습니다. {factor}배입니다.',
  'diagnosis.diverging.suggestion': '학습률을 낮추세요.',
  'diagnosis.noisy.title': '손실이 심하게 출렁임',
  'diagnosis.noisy.evidence':
    '최근 {points}개 점에서 손실이 측정할 때마다 {jump} 정도씩 튀는데, 손실 수준은 {level}입니다.',
  'diagnosis.noisy.suggestion': '배치를 키우거나 학습률을 낮추세요.',
  'diagnosis.overfitting.title': '과적합',
  'diagnosis.overfitting.evidence':
    '테스트 손실은 {step}단계에서 가장 낮았고({best}) 지금은 {now}입니다. 그동안 학습 손실은 {trainFrom}에서 {trainTo}(으)로 내려갔습니다.',
  'diagnosis.overfitting.suggestion':
    'L2 정규화나 드롭아웃을 넣거나, 데이터를 늘리거나, 일찍 멈추세요.',
  'diagnosis.firstLoss.title': '첫 손실이 ln C와 동떨어짐',
  'diagnosis.firstLoss.evidence':
    '클래스 {classes}개에 소프트맥스를 쓰면 첫 손실은 ln {classes} = {expected} 근처여야 하는데 {actual}이었습니다.',
  'diagnosis.firstLoss.suggestion': '초기 가중치를 더 작게 잡으세요.',
  'diagnosis.plateauDrop.title': '정체 후 급강하',
  'diagnosis.plateauDrop.evidence':
    '손실이 {from}단계부터 {to}단계까지 {level} 근처에 머물다가 {dropStep}단계까지 {dropTo}(으)로 떨어졌습니다.',
};

import type { Texts } from '../texts';
import type { enDigits } from '../en/digits';

/** 손글씨 숫자 화면의 말 (한국어). 키는 `../en/digits.ts`와 같아야 합니다. */
export const koDigits: Texts<typeof enDigits> = {
  'digits.panel': '손글씨 숫자',
  'digits.heading': '손글씨 숫자, 실제 크기로',
  'digits.parameters': '{sizes} 신경망: 매개변수 {count}개',
  'digits.weightsTitle': '첫 번째 층의 가중치를 이미지로',
  'digits.gradsTitle': '첫 번째 층의 기울기 ∂C/∂W⁽¹⁾를 이미지로',
  'digits.weightsCaption':
    '그림 하나가 1층 뉴런 하나입니다. 그 뉴런으로 들어오는 가중치 w⁽¹⁾ⱼᵢ {inputs}개를 {side}×{side} 이미지 모양으로 늘어놓았습니다. 파랑은 양수, 빨강은 음수, 흰색은 0이며 눈금은 ±{scale}입니다. 그림을 누르면 그래프에서 해당 뉴런이 선택됩니다.',
  'digits.gradsCaption':
    '역전파 보기: 그림 하나가 뉴런 하나의 ∂C/∂w⁽¹⁾ⱼᵢ(마지막 배치 기준)를 {side}×{side} 이미지 모양으로 늘어놓은 것입니다. 파랑은 양수, 빨강은 음수이며 눈금은 ±{scale}입니다.',
  'digits.weightsCanvas':
    '1층 뉴런 {count}개의 가중치를 {side}×{side} 이미지로 나타냈습니다. 화살표 키로 뉴런을 고르고 Enter로 그래프에서 선택합니다.',
  'digits.gradsCanvas':
    '1층 뉴런 {count}개의 기울기를 {side}×{side} 이미지로 나타냈습니다. 화살표 키로 뉴런을 고르고 Enter로 그래프에서 선택합니다.',
  'digits.activeNeuron': '1층의 {index}번 뉴런',
  'digits.selectedNeuron': '그래프에서 1층의 {index}번 뉴런이 선택되어 있습니다.',
  'digits.firstShown': '1층에 뉴런이 {count}개 있어 앞의 {shown}개만 그렸습니다.',
  'digits.confusionTitle': '혼동 행렬',
  'digits.confusionCaptionTest':
    '행은 실제 숫자, 열은 예측한 숫자입니다. {step}단계에서 테스트 샘플 {count}개로 셌습니다. 칸을 누르면 해당 샘플이 보입니다.',
  'digits.confusionCaptionTrain':
    '행은 실제 숫자, 열은 예측한 숫자입니다. {step}단계에서 학습 샘플 {count}개로 셌습니다. 칸을 누르면 해당 샘플이 보입니다.',
  'digits.confusionWaiting': '첫 평가를 기다리는 중…',
  'digits.setLabel': '샘플',
  'digits.setTest': '테스트 데이터',
  'digits.setTrain': '학습 데이터',
  'digits.trueAxis': '실제 ↓',
  'digits.predictedAxis': '예측 →',
  'digits.classAccuracy': '정답률',
  'digits.cellLabel': '실제 {truth}, 예측 {predicted}: 샘플 {count}개',
  'digits.classAccuracyLabel': '숫자 {digit}: {percent}%를 맞혔습니다',
  'digits.cellSamplesTitle': '실제 {truth}, 예측 {predicted}: 샘플 {count}개',
  'digits.cellSamplesMore': '{count}개 중 앞의 {shown}개만 보여 줍니다.',
  'digits.cellEmpty': '{truth}을(를) {predicted}(으)로 예측한 샘플은 없습니다.',
  'digits.sampleTrain': '학습 샘플 {index}: 기준 샘플로 정하기',
  'digits.sampleTest': '테스트 샘플 {index}: 그림판에 올리기',
  'digits.samplesHintTrain':
    '샘플을 누르면 기준 샘플이 됩니다. 그래프, 출력 화면, 단계 검사기가 모두 그 샘플을 따라갑니다.',
  'digits.samplesHintTest':
    '테스트 샘플로는 학습하지 않습니다. 샘플을 누르면 그림판에 올라가고 신경망의 답을 볼 수 있습니다.',
  'digits.closeCell': '닫기',
  'digits.padTitle': '숫자 그리기',
  'digits.padLabel': '그림판',
  'digits.padHelp':
    '마우스, 손가락, 펜으로 그립니다. 키보드로는 화살표 키로 펜을 옮기고(Shift를 누르면 빠르게), Space로 펜을 대거나 떼며, Delete로 지웁니다.',
  'digits.penDown': '펜을 댄 상태',
  'digits.penUp': '펜을 뗀 상태',
  'digits.clear': '지우기',
  'digits.seenAs': '신경망이 보는 입력 ({side}×{side}): 20×20 안에 맞추고 무게중심으로 가운데 정렬',
  'digits.seenAsLabel': '전처리를 거친 그림, {side}×{side} 픽셀',
  'digits.predictionTitle': '예측',
  'digits.predictionEmpty': '숫자를 그리면 신경망이 어떻게 읽는지 보여 줍니다.',
  'digits.predictionStep': '{step}단계까지 학습한 신경망은 이 그림을 {digit}(으)로 읽습니다.',
  'digits.predictionBars': '숫자별 확률',
  'digits.predictionFailed': '예측할 수 없습니다: {message}',
  'digits.labelPicker': '정답 숫자',
  'digits.inspect': '이 숫자 살펴보기',
  'digits.inspectHint':
    '그린 숫자를 직접 입력한 샘플로 삼아 단계 검사기를 엽니다. 이 샘플로 학습을 한 단계 진행하면서 순전파와 역전파를 연산 하나하나 따라갈 수 있습니다.',
};

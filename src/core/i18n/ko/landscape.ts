import type { Texts } from '../texts';
import type { enLandscape } from '../en/landscape';

export const koLandscape: Texts<typeof enLandscape> = {
  'landscape.loading': '손실 지형을 불러오는 중…',
  'landscape.region': '손실 지형',
  'landscape.title': '손실 지형',
  'landscape.plane': '평면',
  'landscape.plane.random': '무작위 두 방향',
  'landscape.plane.pca': '학습 경로의 주성분',
  'landscape.grid': '격자',
  'landscape.gridOption': '{n}×{n}',
  'landscape.seed': '시드',
  'landscape.seedTitle': '무작위 방향의 시드: 시드를 바꾸면 θ를 지나는 다른 평면이 나옵니다',
  'landscape.compute': '손실 지형 계산',
  'landscape.cancel': '취소',
  'landscape.explain.random':
    '무작위 방향 d₁, d₂는 필터 정규화되어 있습니다. 각 방향에서 한 뉴런으로 들어오는 가중치를 θ에서 그 뉴런의 가중치 크기에 맞춰 조정하므로(Li et al. 2018) 가중치가 얼마나 큰지와 상관없이 같은 그림을 봅니다. α = β = 0이 현재 신경망입니다.',
  'landscape.explain.pca':
    '학습하는 동안 기록한 가중치의 첫 두 주성분, 즉 학습이 가장 많이 움직인 평면입니다. 경로는 이 평면에서 본 학습 과정 그 자체입니다.',
  'landscape.progress': '계산한 손실 지형의 점',
  'landscape.progressText': '{total}개 중 {done}개 계산',
  'landscape.coarse': '먼저 성긴 격자로 그렸고, 사이의 점을 채우는 중입니다.',
  'landscape.cancelled': '취소했습니다. 지금까지 계산한 점만 보여 줍니다.',
  'landscape.refused.short-path':
    '주성분을 구하려면 경로가 필요합니다. 먼저 몇 스텝이라도 학습하세요.',
  'landscape.refused.batch-norm':
    '이 신경망은 배치 정규화를 쓰는데, 손실 지형은 아직 배치 정규화를 반영하지 못합니다. 배치 정규화를 끄면 볼 수 있습니다.',
  'landscape.refused.no-run': '아직 학습을 시작할 준비가 되지 않았습니다.',
  'landscape.empty': '조금 학습한 뒤 현재 가중치 주변의 손실 지형을 계산해 보세요.',
  'landscape.mapLabel': '{step} 스텝의 가중치 주변 손실 지형, {grid}×{grid} 점과 학습 경로',
  'landscape.caption':
    '{step} 스텝에서 α, β ∈ [−{range}, {range}]에 대한 θ + αd₁ + βd₂의 손실입니다. 어두울수록 낮습니다(로그 간격 등고선). 테두리 점이 θ, 곧 현재 가중치입니다.',
  'landscape.path.pca': '빨간 선은 {first} 스텝부터의 학습 경로를 이 평면에서 본 것입니다.',
  'landscape.path.random':
    '{first} 스텝부터의 학습 경로도 그렸지만, 차원이 이렇게 많으면 무작위 방향은 경로와 거의 수직이라 경로가 θ 가까이에 모여 있습니다. 경로를 보려면 주성분 평면을 고르세요.',
  'landscape.lowest': '지도에서 가장 낮은 손실: {low}. 가운데 θ에서는 {centre}.',
  'landscape.lesson.race': '경주에서 볼 것:',
  'landscape.lesson.bowl':
    '골짜기의 좁은 방향을 보세요. SGD는 골짜기를 가로질러 지그재그로 움직이고, 모멘텀은 몇 번 지나쳤다가 바닥을 따라 굴러 내려가며, Adam은 지그재그 없이 고른 보폭으로 가지만 가장 늦게 도착합니다. 그릇이 45° 돌아가 있어서 좌표마다 따로 보폭을 맞추는 방식이 여기서는 도움이 되지 않기 때문입니다.',
  'landscape.lesson.rosenbrock':
    '휘어진 골짜기를 보세요. 처음에는 셋 다 골짜기를 가로질러 지그재그하고, SGD가 가장 오래 그럽니다. 그다음 SGD는 바닥을 따라 천천히 기어가서 600 스텝이 지나도 아직 굽이에 이르지 못했지만(f ≈ 4), 모멘텀과 Adam은 굽은 길을 따라 최솟값 (1, 1) 가까이까지 갔습니다(f ≈ 0.04).',
};

-- Issue 6 (therapy delivery, part B): the exercise library, the programme built from it, and the programme in the
-- session record. Additive only: programme_item and session_activity gain columns; old rows keep working.

-- National library rows have no organisation; a service's own exercises carry its organisation_id.
create table exercise (
    id                  uuid primary key,
    organisation_id     uuid references organisation (id),
    code                varchar(60) not null,
    name                varchar(120) not null,
    body_region         varchar(30) not null,
    category            varchar(30) not null,
    pose                varchar(40) not null,
    starting_position   varchar(500) not null,
    steps               varchar(2000) not null,
    safety              varchar(500) not null,
    default_sets        integer,
    default_repetitions integer,
    default_hold_seconds integer,
    default_frequency   varchar(100) not null,
    active              boolean not null default true,
    created_at          timestamp with time zone,
    created_by          uuid
);
create index exercise_org_idx on exercise (organisation_id, body_region, category);

-- The programme item may now point at a library exercise, carry a hold time and the limits of progression as
-- numbers (the free-text progression_limits stays for anything the numbers cannot say), and a version for
-- optimistic locking of the therapist's edits.
alter table programme_item add column exercise_id uuid references exercise (id);
alter table programme_item add column hold_seconds integer;
alter table programme_item add column max_sets integer;
alter table programme_item add column max_repetitions integer;
alter table programme_item add column max_hold_seconds integer;
alter table programme_item add column note varchar(500);
alter table programme_item add column version integer not null default 0;
alter table programme_item add column updated_at timestamp with time zone;
alter table programme_item add column updated_by uuid;

-- What the support worker did against each prescribed item; the prescription is copied in at the time so the
-- signed record keeps what was prescribed even if the programme changes later.
alter table session_activity add column programme_item_id uuid references programme_item (id);
alter table session_activity add column done boolean;
alter table session_activity add column prescribed varchar(200);

-- The number a patient rings with questions about their exercises, printed on the home exercise sheet.
alter table team add column contact_phone varchar(30);

insert into exercise (id, organisation_id, code, name, body_region, category, pose, starting_position, steps, safety,
    default_sets, default_repetitions, default_hold_seconds, default_frequency) values
('363403ec-a1e6-5880-9128-3ad3dc6e9008', null, 'sit-to-stand', 'Sit to stand', 'KNEE', 'FUNCTIONAL_TASK', 'sit-to-stand', 'Sit near the front of a firm chair with arms, feet flat and hip-width apart.', 'Lean forward so your nose is over your toes.
Push up through your legs to stand tall.
Pause, then reach back for the chair and sit down slowly.', 'Use your hands on the chair arms if you need to. Stop if you feel dizzy.', 2, 8, null, 'Twice a day'),
('4873019f-4a60-5fd7-8032-5836fc34e82f', null, 'knee-straighten-sitting', 'Knee straightening in sitting', 'KNEE', 'STRENGTH', 'sit-knee-extend', 'Sit upright in a chair with your back supported and feet on the floor.', 'Straighten one knee until the leg is level.
Hold it there and tighten the muscle on the front of your thigh.
Lower the foot slowly to the floor.
Change legs.', 'Keep the movement smooth. Stop if the knee becomes hot or swollen.', 2, 10, 3, 'Twice a day'),
('fdc2d1b4-5df6-590e-a1e8-02dde5cd6b4e', null, 'mini-squat', 'Mini squat at the kitchen worktop', 'KNEE', 'STRENGTH', 'stand-squat', 'Stand facing a steady worktop or chair back, holding on with both hands.', 'Bend your knees a little, keeping your heels down.
Keep your back straight and knees over your toes.
Straighten up to standing.', 'Only bend as far as is comfortable. Keep holding on throughout.', 2, 10, null, 'Once a day'),
('515f49dc-b32f-52dd-84fb-0f9b19f36a10', null, 'static-quads', 'Thigh tightening', 'KNEE', 'STRENGTH', 'lie-back-straight', 'Lie on your back or sit on the bed with your legs straight out in front.', 'Press the back of your knee down into the bed.
Feel the front of your thigh tighten.
Hold, then relax fully.', 'Breathe normally while you hold.', 1, 10, 5, 'Three times a day'),
('af99aaf1-cc6c-5642-a132-b7147aba16f7', null, 'inner-range-quads', 'Knee straightening over a roll', 'KNEE', 'STRENGTH', 'lie-back-straight', 'Lie on your back with a rolled towel under the knee.', 'Lift your heel off the bed until the knee is straight.
Keep the back of the knee on the towel.
Hold, then lower the heel slowly.', 'Keep the other knee bent if your back aches.', 2, 10, 3, 'Twice a day'),
('d804c2c8-b8a2-563d-bba1-bd6989dc19dd', null, 'knee-bend-sitting', 'Knee bending in sitting', 'KNEE', 'RANGE_OF_MOVEMENT', 'sit', 'Sit on a chair with your feet on the floor.', 'Slide one foot back under the chair as far as you comfortably can.
Hold the bend.
Slide the foot forward again.', 'Expect a gentle stretch, not sharp pain.', 1, 10, 5, 'Three times a day'),
('85daa6d0-18b1-56b6-a3ea-0c9fa5bd7eab', null, 'heel-slides', 'Heel slides', 'KNEE', 'RANGE_OF_MOVEMENT', 'lie-back-knee-bent', 'Lie on your back on the bed with both legs straight.', 'Slide one heel towards your bottom, bending the knee.
Hold gently at the end.
Slide the heel back down.
Change legs.', 'A plastic bag under the heel helps it slide.', 1, 10, 3, 'Three times a day'),
('017aa921-6f8d-54cd-a3f7-f19854285e9a', null, 'straight-leg-raise', 'Straight leg raise', 'HIP', 'STRENGTH', 'lie-slr', 'Lie on your back with one knee bent and the other leg straight.', 'Tighten the thigh of the straight leg.
Lift the leg to the height of the other knee.
Lower it slowly.', 'Do not hold your breath. Keep your lower back relaxed.', 2, 8, null, 'Once a day'),
('5411c117-f93c-523b-8814-506afeb889cd', null, 'bridge', 'Bridging', 'HIP', 'STRENGTH', 'lie-bridge', 'Lie on your back with both knees bent and feet flat on the bed.', 'Squeeze your buttocks together.
Lift your bottom off the bed.
Hold, then lower slowly.', 'Stop if your back hurts. Keep the lift small to begin with.', 2, 8, 3, 'Once a day'),
('0bad4ce9-544c-5dee-be8b-886c63cd0fe7', null, 'hip-side-raise-standing', 'Side leg lift in standing', 'HIP', 'STRENGTH', 'stand-leg-side', 'Stand tall holding the back of a steady chair.', 'Lift one leg out to the side.
Keep your toes pointing forwards and your body upright.
Lower it slowly.
Change legs.', 'Hold on with both hands. Do not lean over to the side.', 2, 10, null, 'Once a day'),
('80982ce4-2981-5f13-b9d2-8ead478fbacb', null, 'hip-extension-standing', 'Leg back in standing', 'HIP', 'STRENGTH', 'stand-leg-back', 'Stand tall holding the back of a steady chair.', 'Take one straight leg backwards.
Keep your back upright.
Bring the leg back to standing.
Change legs.', 'Move slowly. Do not arch your back.', 2, 10, null, 'Once a day'),
('ffaeab62-866c-59fa-9bde-a429cebd2e57', null, 'clam', 'Clam', 'HIP', 'STRENGTH', 'side-lying', 'Lie on your side with hips and knees bent and your feet together.', 'Keep your feet touching.
Lift your top knee.
Lower it slowly.', 'Do not roll your hips backwards.', 2, 10, null, 'Once a day'),
('bd3d4c48-a0c5-5eac-8a72-db69c4e20b30', null, 'hip-bend-lying', 'Hip bending on the bed', 'HIP', 'RANGE_OF_MOVEMENT', 'lie-back-knee-bent', 'Lie on your back with both legs straight.', 'Bend one hip and knee, bringing the knee towards you.
Stop where it is comfortable.
Straighten the leg again.', 'After a hip replacement keep to the limits your therapist gave you.', 1, 10, null, 'Twice a day'),
('a53cea93-9392-5066-8d7c-f456e5144d0f', null, 'hip-abduction-lying', 'Leg slide out to the side', 'HIP', 'RANGE_OF_MOVEMENT', 'lie-back-straight', 'Lie on your back with your legs straight and toes to the ceiling.', 'Slide one leg out to the side.
Keep the kneecap pointing up.
Slide it back to the middle, not past it.', 'Do not cross the middle line after a hip replacement.', 1, 10, null, 'Twice a day'),
('a43367aa-9669-5277-9b92-36a1aef418bc', null, 'marching-standing', 'Marching on the spot', 'HIP', 'BALANCE', 'stand-march', 'Stand tall holding the back of a steady chair.', 'Lift one knee up.
Put the foot down gently.
Lift the other knee.
Keep going in a steady rhythm.', 'Hold on throughout. Stop if you feel unsteady.', 2, 20, null, 'Once a day'),
('95b14aca-8567-5518-a60e-db3bd1a3a357', null, 'heel-raise', 'Heel raises', 'ANKLE_AND_FOOT', 'STRENGTH', 'stand-toes', 'Stand tall holding the back of a steady chair, feet hip-width apart.', 'Rise up onto your toes.
Hold for a moment.
Lower your heels slowly.', 'Keep your knees straight but not locked.', 2, 10, 2, 'Once a day'),
('68933a9b-25e2-5c20-a28d-47d4f8e2396d', null, 'toe-raise', 'Toe raises', 'ANKLE_AND_FOOT', 'STRENGTH', 'stand-hold-chair', 'Stand tall holding the back of a steady chair.', 'Lift your toes off the floor, resting on your heels.
Hold for a moment.
Lower your toes.', 'Do not stick your bottom out. Hold on firmly.', 2, 10, 2, 'Once a day'),
('ead04780-c9c5-5ba8-b3ec-cf97766436b1', null, 'ankle-pumps', 'Ankle pumps', 'ANKLE_AND_FOOT', 'CARDIOVASCULAR', 'lie-back-straight', 'Lie on the bed or sit with your legs up.', 'Point your feet away from you.
Pull them up towards you.
Keep a steady rhythm.', 'Good for circulation after an operation. Do it often.', 1, 20, null, 'Every hour while awake'),
('d0e6ca72-da00-5ce6-b82e-765eff617a5b', null, 'ankle-circles', 'Ankle circles', 'ANKLE_AND_FOOT', 'RANGE_OF_MOVEMENT', 'sit-knee-extend', 'Sit in a chair and lift one foot a little.', 'Draw circles with your foot.
Go one way, then the other.
Change feet.', 'Move only the ankle, not the whole leg.', 1, 10, null, 'Twice a day'),
('68dcc40d-f278-52b4-864c-fc4f3a2137ed', null, 'calf-stretch', 'Calf stretch at the wall', 'ANKLE_AND_FOOT', 'MOBILITY', 'wall-lunge', 'Stand facing a wall with both hands on it.', 'Step one foot back.
Keep that heel down and the leg straight.
Bend the front knee until you feel a stretch in the back calf.
Hold, then change legs.', 'Do not bounce. Keep the back heel on the floor.', 1, 3, 20, 'Twice a day'),
('c7f1b80e-b2e4-58ac-9cf4-f1f487e1732a', null, 'seated-heel-toe', 'Heel and toe lifts in sitting', 'ANKLE_AND_FOOT', 'STRENGTH', 'sit', 'Sit upright with your feet flat on the floor.', 'Lift both heels, keeping toes down.
Put the heels down.
Lift both toes, keeping heels down.', 'A good start if standing is not yet safe.', 2, 10, null, 'Twice a day'),
('723f9adf-79e9-5810-9184-e67c1b7ee79d', null, 'tandem-stand', 'Heel to toe standing', 'WHOLE_BODY', 'BALANCE', 'stand-tandem', 'Stand next to a worktop with one hand on it.', 'Place one foot directly in front of the other, heel touching toe.
Look ahead and stand tall.
Hold the position.
Change which foot is in front.', 'Have a hand on the worktop at all times. Someone nearby is best.', 1, 3, 10, 'Once a day'),
('acdd6d73-57d8-5a06-aac5-dae63dea2de5', null, 'tandem-walk', 'Heel to toe walking', 'WHOLE_BODY', 'BALANCE', 'walk-tandem', 'Stand next to a worktop with one hand on it.', 'Walk forwards placing each heel just in front of the other toes.
Look ahead, not at your feet.
Take ten steps, turn and come back.', 'Keep a hand on the worktop. Clear the floor first.', 1, 2, null, 'Once a day'),
('f9e85ddd-0b60-56a6-b7d9-cec57c5b9631', null, 'one-leg-stand', 'Standing on one leg', 'WHOLE_BODY', 'BALANCE', 'stand-one-leg', 'Stand tall holding the back of a steady chair.', 'Lift one foot off the floor.
Stand as steady as you can.
Hold, then put the foot down.
Change legs.', 'Hold on firmly. Only loosen your grip when your therapist says so.', 1, 3, 10, 'Once a day'),
('63c59d4f-0ded-5a3e-bc6e-952d8df4e18f', null, 'sideways-walking', 'Sideways walking', 'WHOLE_BODY', 'BALANCE', 'stand-leg-side', 'Stand facing a worktop with both hands resting on it.', 'Step sideways along the worktop.
Bring your other foot to meet it.
Take ten steps one way, then come back.', 'Keep your toes facing the worktop.', 1, 2, null, 'Once a day'),
('77c4623e-3475-5733-aa3e-8d45482b4174', null, 'weight-shift', 'Side to side weight shift', 'WHOLE_BODY', 'BALANCE', 'stand-hold-chair', 'Stand with feet apart, holding a steady chair back.', 'Move your weight slowly onto your right leg.
Then slowly onto your left leg.
Keep your feet flat on the floor.', 'Move slowly and stay within a comfortable range.', 1, 10, null, 'Twice a day'),
('ad47832e-4c7b-5659-ac98-86c602027b5f', null, 'reach-forward-standing', 'Reaching forward in standing', 'WHOLE_BODY', 'BALANCE', 'stand-reach', 'Stand side-on to a worktop with one hand on it.', 'Reach forward with the other hand as far as is safe.
Keep your feet still.
Come back to standing tall.', 'Do not reach so far that you have to step.', 1, 8, null, 'Once a day'),
('2db4b6bd-8ded-547f-b472-d20fe5f111a6', null, 'stand-feet-together', 'Standing with feet together', 'WHOLE_BODY', 'BALANCE', 'stand-hold-chair', 'Stand next to a worktop with one hand on it.', 'Bring your feet together so they touch.
Stand tall and look ahead.
Hold the position.', 'Only try without holding on if your therapist has said so.', 1, 3, 20, 'Once a day'),
('cf327f7b-612e-55a0-a34b-d3e2ff9daa8d', null, 'turning-on-spot', 'Turning on the spot', 'WHOLE_BODY', 'BALANCE', 'walk', 'Stand in a clear space near a worktop.', 'Turn around slowly with small steps.
Stop and stand still.
Turn back the other way.', 'Do not pivot on one foot. Stop if you feel dizzy.', 1, 4, null, 'Once a day'),
('06c2d438-df20-5b51-b715-81e814777b71', null, 'walking-programme', 'Walking programme', 'WHOLE_BODY', 'CARDIOVASCULAR', 'walk', 'Put on well-fitting shoes and use your usual walking aid.', 'Walk at a pace where you can still talk.
Walk for the time agreed.
Rest when you need to, then carry on.', 'Carry a phone. Stop and rest if you get chest pain or feel very breathless.', 1, null, null, 'Every day, 10 minutes'),
('95985bb1-dc7a-5d7b-ab35-c8b12898f699', null, 'step-ups', 'Step ups', 'KNEE', 'STRENGTH', 'step-up', 'Stand at the bottom of the stairs holding the banister.', 'Step up onto the first stair with one foot.
Bring the other foot up.
Step down with the first foot, then the other.', 'Always hold the banister. Lead up with the stronger leg and down with the weaker leg.', 2, 10, null, 'Once a day'),
('ddc5cd7d-014c-506a-857b-f46d544b7f2e', null, 'stairs-practice', 'Stair practice', 'WHOLE_BODY', 'FUNCTIONAL_TASK', 'step-up', 'Stand at the bottom of the stairs holding the banister.', 'Up: step up with the stronger leg first.
Bring the weaker leg and stick up to the same step.
Down: stick and weaker leg first, then the stronger leg.', 'Only practise with someone with you until your therapist says otherwise.', 1, 1, null, 'Once a day'),
('3055eb59-d094-55e3-9973-06125b618781', null, 'seated-marching', 'Seated marching', 'HIP', 'CARDIOVASCULAR', 'sit-march', 'Sit upright near the front of a chair.', 'Lift one knee up.
Put the foot down.
Lift the other knee.
Keep going, swinging your arms.', 'Stop if you become too breathless to talk.', 1, 30, null, 'Twice a day'),
('de603763-65a4-5a2e-8601-6e03c24ff679', null, 'wall-press', 'Wall press-up', 'SHOULDER', 'STRENGTH', 'wall-push', 'Stand an arm''s length from a wall, hands flat on it at shoulder height.', 'Bend your elbows and bring your chest towards the wall.
Keep your body straight.
Push back to the start.', 'Keep your heels down. Move slowly.', 2, 10, null, 'Once a day'),
('158f39c5-282f-5a2f-8b75-cd1e6e957ba0', null, 'floor-recovery', 'Getting up from the floor', 'WHOLE_BODY', 'FUNCTIONAL_TASK', 'floor-kneel', 'Practise only with your therapist or carer until you are confident.', 'Roll onto your side and push up onto your hands and knees.
Crawl to a sturdy chair.
Put your hands on the seat and bring one foot forward.
Push up and turn to sit on the chair.', 'If you are hurt, do not get up. Call for help and keep warm.', 1, 1, null, 'As agreed with your therapist'),
('f3b63d9a-c6b7-5ab0-b691-3542d0c05be1', null, 'bed-to-chair', 'Moving from bed to chair', 'WHOLE_BODY', 'FUNCTIONAL_TASK', 'sit-to-stand', 'Sit on the edge of the bed with the chair at an angle beside you.', 'Stand up, pushing from the bed.
Take small steps to turn until the chair touches the back of your legs.
Reach back for the arms and sit slowly.', 'Use your walking aid as shown. Put the brakes on any wheelchair.', 1, 3, null, 'Twice a day'),
('55b5f264-9fc9-5c17-94fa-6b895b282733', null, 'reach-to-shelf', 'Reaching to a shelf', 'SHOULDER', 'FUNCTIONAL_TASK', 'stand-arms-up', 'Stand at a worktop with a light item on a low shelf.', 'Lift the item up to a higher shelf.
Put it down and bring it back.
Move steadily, standing tall.', 'Use light items only. Hold the worktop with your other hand.', 1, 10, null, 'Once a day'),
('d02b6f2e-a16a-5adc-8e62-f93473f5b0e3', null, 'kitchen-standing', 'Standing at the kitchen worktop', 'WHOLE_BODY', 'FUNCTIONAL_TASK', 'stand-hold-chair', 'Stand at the worktop with your usual aid close by.', 'Stand and do a small task, such as making a drink.
Sit down and rest when you need to.
Build up the time bit by bit.', 'Have a chair or perching stool behind you.', 1, 1, null, 'Once a day, 5 minutes'),
('7f096684-ba4b-5ef4-b951-4ddbed13e7d1', null, 'dressing-practice', 'Putting on socks and shoes', 'WHOLE_BODY', 'FUNCTIONAL_TASK', 'sit-reach', 'Sit in a firm chair with your back supported.', 'Cross one leg over, or use the aid you were given.
Put on the sock, then the shoe.
Change legs.', 'After a hip operation use the long-handled aids you were shown.', 1, 1, null, 'Every morning'),
('330b2dcb-a3f8-59d3-a994-a728b3deeccc', null, 'knee-rolls', 'Knee rolls', 'BACK', 'MOBILITY', 'lie-back-knee-bent', 'Lie on your back with knees bent and feet flat.', 'Let both knees roll gently to one side.
Bring them back to the middle.
Roll to the other side.', 'Keep your shoulders on the bed. Move within comfort.', 1, 10, null, 'Twice a day'),
('cea8d3f9-376e-5891-9b7b-2956bc3d7046', null, 'pelvic-tilt', 'Pelvic tilt', 'BACK', 'MOBILITY', 'lie-back-knee-bent', 'Lie on your back with knees bent and feet flat.', 'Flatten your lower back into the bed.
Then gently arch it a little.
Rock smoothly between the two.', 'Keep it small and comfortable.', 1, 10, null, 'Twice a day'),
('c7ff7aea-3a26-5347-9f2a-4f7c9cdabbba', null, 'seated-trunk-turn', 'Seated trunk turn', 'BACK', 'MOBILITY', 'sit-arms-cross', 'Sit upright in a chair without arms, arms crossed on your chest.', 'Turn your upper body to one side.
Come back to the middle.
Turn to the other side.', 'Keep your hips facing forward.', 1, 10, null, 'Twice a day'),
('a0d160fd-176b-51fa-adeb-507ce1795b7b', null, 'seated-side-bend', 'Seated side bend', 'BACK', 'MOBILITY', 'sit', 'Sit upright, arms by your sides.', 'Slide one hand down towards the floor.
Come back up to sitting tall.
Change sides.', 'Do not lean so far that you feel unsteady.', 1, 10, null, 'Twice a day'),
('163002b6-b9cd-5432-9303-d8375316da85', null, 'back-extension-standing', 'Standing back bend', 'BACK', 'MOBILITY', 'stand-back-extend', 'Stand with feet apart, hands on your lower back.', 'Lean backwards gently.
Come back to standing tall.', 'A small movement is enough. Stop if you feel dizzy.', 1, 5, null, 'Every few hours'),
('1a9dd330-2438-5a08-ba76-edf1ef43a2f3', null, 'sit-tall', 'Sitting tall', 'BACK', 'STRENGTH', 'sit', 'Sit near the front of a chair, feet flat.', 'Lift your chest and sit as tall as you can.
Hold the position.
Relax.', 'Breathe normally.', 1, 5, 10, 'Several times a day'),
('d795cfdb-2be2-5aba-990e-42880cb9f502', null, 'neck-turns', 'Neck turns', 'NECK', 'RANGE_OF_MOVEMENT', 'sit-head-turn', 'Sit upright in a chair.', 'Turn your head to look over one shoulder.
Come back to the middle.
Turn to the other side.', 'Move slowly. Stop if you feel dizzy or have pins and needles.', 1, 5, null, 'Three times a day'),
('350a4a50-b8d7-5498-94fb-ca6ae71fed78', null, 'chin-tucks', 'Chin tucks', 'NECK', 'MOBILITY', 'sit', 'Sit upright in a chair, looking ahead.', 'Slide your chin straight back, making a double chin.
Hold.
Relax.', 'Keep looking forwards, do not nod down.', 1, 10, 3, 'Three times a day'),
('c63a1262-a3fc-52ab-a7bc-606d79fe1437', null, 'neck-side-tilt', 'Neck side tilt', 'NECK', 'RANGE_OF_MOVEMENT', 'sit-head-tilt', 'Sit upright in a chair.', 'Tilt your ear towards your shoulder.
Come back to the middle.
Tilt to the other side.', 'Keep your shoulders down and relaxed.', 1, 5, null, 'Three times a day'),
('cab503da-4e27-5529-abdb-b6dafaee0fd7', null, 'shoulder-shrugs', 'Shoulder shrugs and rolls', 'NECK', 'MOBILITY', 'sit', 'Sit upright with your arms relaxed.', 'Lift your shoulders up towards your ears.
Roll them back and down.
Relax.', 'Keep it gentle and rhythmical.', 1, 10, null, 'Three times a day'),
('effac99e-a4e2-5562-a0a5-2a9111bbac49', null, 'pendulum', 'Arm swings (pendulum)', 'SHOULDER', 'RANGE_OF_MOVEMENT', 'stand-lean', 'Lean forward with your good hand on a table, the other arm hanging down.', 'Let the hanging arm swing gently forwards and back.
Then side to side.
Then in small circles.', 'Let the arm hang loose; the movement comes from your body.', 1, 10, null, 'Three times a day'),
('d1aafa5d-1714-56e0-b3b5-68ab1170b65f', null, 'shoulder-flexion-assisted', 'Arm lifts with a stick', 'SHOULDER', 'RANGE_OF_MOVEMENT', 'lie-arms-up', 'Lie on your back holding a stick or rolled towel with both hands.', 'Lift both arms up over your head.
Let the good arm help the stiff one.
Lower slowly.', 'Only go as high as is comfortable.', 1, 10, null, 'Twice a day'),
('1b110a2f-63bc-53af-9bff-ce94fc72da08', null, 'arm-raise-seated', 'Forward arm raise', 'SHOULDER', 'STRENGTH', 'sit-arms-forward', 'Sit upright with your arms by your sides, thumbs up.', 'Lift both arms forwards to shoulder height.
Hold for a moment.
Lower slowly.', 'Do not shrug your shoulders.', 2, 10, null, 'Once a day'),
('cd6c2cdb-8d74-5479-b2f0-7a95f138d2b1', null, 'shoulder-blade-squeeze', 'Shoulder blade squeeze', 'SHOULDER', 'STRENGTH', 'sit', 'Sit upright with your arms relaxed.', 'Squeeze your shoulder blades back and together.
Hold.
Relax.', 'Keep your shoulders down away from your ears.', 1, 10, 5, 'Twice a day'),
('4b6f3680-5ba1-57e2-9266-e1bb19949f7a', null, 'arms-overhead-standing', 'Arms overhead', 'SHOULDER', 'RANGE_OF_MOVEMENT', 'stand-arms-up', 'Stand tall with your arms by your sides.', 'Lift both arms up over your head.
Stretch up tall.
Lower your arms slowly.', 'Stand near a worktop if your balance is poor.', 1, 10, null, 'Twice a day'),
('7a6bcd4a-36d4-5ca3-abf9-31ffe45039cf', null, 'elbow-bend', 'Elbow bends', 'ARM_AND_HAND', 'STRENGTH', 'sit-elbow', 'Sit upright holding a light weight or a can in your hand.', 'Bend your elbow to bring the weight up.
Lower it slowly.', 'Keep your elbow by your side.', 2, 10, null, 'Once a day'),
('88bc1b3b-1611-5a8d-a6b3-8d28b2c8782f', null, 'wrist-bend', 'Wrist bends', 'ARM_AND_HAND', 'RANGE_OF_MOVEMENT', 'sit-elbow', 'Sit with your forearm resting on a table, hand over the edge.', 'Bend your wrist up.
Then bend it down.
Keep the forearm still.', 'Move gently, within comfort.', 1, 10, null, 'Three times a day'),
('672cdc10-8a70-5055-9187-43231e62430a', null, 'hand-squeeze', 'Hand squeeze', 'ARM_AND_HAND', 'STRENGTH', 'sit-elbow', 'Sit with a soft ball or rolled sock in your hand.', 'Squeeze the ball as hard as is comfortable.
Hold.
Let go slowly.', 'Stop if your hand becomes swollen or numb.', 1, 10, 3, 'Three times a day'),
('43812d4e-bc22-56a7-a0b1-afd0551b9267', null, 'finger-spread', 'Finger stretches', 'ARM_AND_HAND', 'RANGE_OF_MOVEMENT', 'sit-elbow', 'Sit with your hand resting on a table.', 'Spread your fingers wide.
Then make a loose fist.
Repeat slowly.', 'Keep it gentle if your joints are sore.', 1, 10, null, 'Three times a day'),
('958ae131-23be-5b4c-b981-699d2733e08e', null, 'breathing-control', 'Breathing control', 'CHEST', 'RESPIRATORY', 'sit-breathe', 'Sit supported and relaxed, one hand on your tummy.', 'Breathe in gently through your nose.
Feel your tummy rise under your hand.
Breathe out slowly and relax your shoulders.', 'Use this whenever you are short of breath.', 1, 10, null, 'Several times a day'),
('a9fe6b37-b4fa-57b3-8939-aedcb90a4414', null, 'deep-breathing', 'Deep breaths', 'CHEST', 'RESPIRATORY', 'sit-breathe', 'Sit upright or prop yourself up in bed.', 'Take a long, slow breath in.
Hold it for a count of three.
Breathe out gently.', 'Take a rest after every three deep breaths if you feel light-headed.', 1, 3, 3, 'Every hour while awake'),
('de25f18a-133d-5938-b8c4-5010556e2325', null, 'pursed-lip', 'Pursed-lip breathing', 'CHEST', 'RESPIRATORY', 'sit-breathe', 'Sit upright and relaxed.', 'Breathe in through your nose.
Breathe out slowly through pursed lips, as if blowing out a candle.
Make the out-breath longer than the in-breath.', 'Do not force the breath out.', 1, 10, null, 'When breathless'),
('405e269a-9b71-560d-9a71-310e6136dbc2', null, 'huff', 'Huffing to clear phlegm', 'CHEST', 'RESPIRATORY', 'sit-breathe', 'Sit upright with your feet on the floor.', 'Take a medium breath in.
Breathe out fast through an open mouth, as if steaming up a mirror.
Cough if the phlegm is ready to come up.', 'Rest between huffs. Tell your therapist if there is blood in the phlegm.', 1, 3, null, 'Twice a day'),
('18d0979b-cc82-53bc-96d4-e9747be1793e', null, 'recovery-position-breathless', 'Positions for breathlessness', 'CHEST', 'RESPIRATORY', 'sit-lean', 'Sit leaning forward with your forearms resting on your thighs.', 'Let your shoulders drop.
Use breathing control.
Stay until your breathing settles.', 'Call 999 if breathlessness comes on suddenly with chest pain.', 1, 1, null, 'When breathless'),
('c0a68e9c-72c2-5ced-83e2-864c81b63d1d', null, 'cycle-seated', 'Seated pedalling', 'KNEE', 'CARDIOVASCULAR', 'sit-march', 'Sit upright with a pedal exerciser in front of your chair.', 'Pedal at a steady, comfortable pace.
Keep going for the time agreed.
Slow down before you stop.', 'Put the pedaller on a mat so it cannot slide.', 1, null, null, 'Once a day, 10 minutes');

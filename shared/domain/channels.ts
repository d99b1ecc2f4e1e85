// Every interaction records exactly one channel; reports group them in the four NeSDS
// families (standards 1 and 3: 1a telephone, 1b face to face, 1c electronic, 1d post).

export const CHANNELS = [
  'telephone',
  'face_to_face',
  'email',
  'web_form',
  'sms',
  'letter',
  'fax',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channels a letter, email or form reaches the work list by (replied to in writing). */
export const CORRESPONDENCE_CHANNELS = ['email', 'web_form', 'sms', 'letter', 'fax'] as const;
export type CorrespondenceChannel = (typeof CORRESPONDENCE_CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  telephone: 'Telephone',
  face_to_face: 'Face to face',
  email: 'Email',
  web_form: 'Web form',
  sms: 'SMS',
  letter: 'Letter',
  fax: 'Fax',
};

export const CHANNEL_FAMILIES = ['telephone', 'face_to_face', 'electronic', 'post'] as const;
export type ChannelFamily = (typeof CHANNEL_FAMILIES)[number];

export const CHANNEL_FAMILY_OF: Record<Channel, ChannelFamily> = {
  telephone: 'telephone',
  face_to_face: 'face_to_face',
  email: 'electronic',
  web_form: 'electronic',
  sms: 'electronic',
  letter: 'post',
  fax: 'post',
};

export const CHANNEL_FAMILY_LABELS: Record<ChannelFamily, string> = {
  telephone: '1a Telephone',
  face_to_face: '1b Face to face',
  electronic: '1c Electronic (email, web form, SMS)',
  post: '1d Post (letter, fax)',
};

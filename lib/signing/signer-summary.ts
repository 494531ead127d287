// What a signer sees of their own signature, on the campaign page: when, under which name, their
// comment and whether anyone else sees it, and whether they follow (and get position emails). Shown only to them, and only
// to a recent sign-in (lib/auth/recent-sign-in.ts). Plain data: the server draws it for a
// page load, the sign form right after signing (components/signing/signed-panel.tsx).
export type SignerSummary = {
  signedAt: string;
  showName: boolean;
  displayName: string | null;
  comment: string | null;
  commentHidden: boolean;
  commentPending: boolean;
  following: boolean;
  // Whether the follower also gets emails when a decision maker's position changes.
  positionEmails: boolean;
};

type Signed = Omit<SignerSummary, "signedAt" | "following" | "positionEmails"> & { signedAt: Date };
type Follow = Pick<SignerSummary, "following" | "positionEmails">;

export function signerSummary(signed: Signed, { following, positionEmails }: Follow): SignerSummary {
  const { showName, displayName, comment, commentHidden, commentPending } = signed;
  return { signedAt: signed.signedAt.toISOString(), showName, displayName, comment, commentHidden, commentPending, following, positionEmails };
}

// A comment is public only with the name, once a moderator has not hidden it and, where the
// campaign reviews comments, once approved.
export function commentStatus({ showName, commentHidden, commentPending }: Pick<SignerSummary, "showName" | "commentHidden" | "commentPending">) {
  if (!showName || commentHidden) return "commentNotShown" as const;
  return commentPending ? ("commentWaiting" as const) : ("commentPublic" as const);
}

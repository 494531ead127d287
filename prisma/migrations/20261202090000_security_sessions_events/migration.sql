-- Session tokens are kept only as their SHA-256 (hex): a leaked copy of this table (a backup,
-- a court order served on the host) signs nobody in. Sessions already open stay open: their
-- cookies hash to what is stored now.
UPDATE "Session" SET "sessionToken" = encode(sha256(convert_to("sessionToken", 'UTF8')), 'hex');

-- When a staff session last made a request (30 minutes idle ends it).
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- The browser that asked for a sign-in link (SHA-256 of its nonce cookie); links sent before
-- this have none and ask for the address instead.
ALTER TABLE "VerificationToken" ADD COLUMN "browserHash" TEXT;

-- Security events: no address, only keyed hashes; deleted after 90 days.
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SecurityEvent_createdAt_idx" ON "SecurityEvent"("createdAt");

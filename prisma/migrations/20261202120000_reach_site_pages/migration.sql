-- The text of the site's own pages (/about), per language, edited by staff.
CREATE TABLE "SitePage" (
    "key" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("key","locale")
);

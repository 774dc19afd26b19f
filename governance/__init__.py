"""Information governance over the whole record: who has seen a person or a referral, and what is
held about a person (subject access). It reads referrals, risk and partners, so it sits above them
(docs/architecture.md, "Layers")."""

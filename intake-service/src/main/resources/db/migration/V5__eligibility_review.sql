-- A prescriber's review is a new decision that names the one it reviewed and why.
alter table eligibility_decision
    add column reviewed_decision_id uuid references eligibility_decision (id),
    add column review_reason        varchar(2000);
alter table eligibility_decision add constraint eligibility_review_has_reason
    check (kind = 'DETERMINED' or (reviewed_decision_id is not null and review_reason is not null));

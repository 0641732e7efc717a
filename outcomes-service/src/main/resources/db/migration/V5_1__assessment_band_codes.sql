-- Bands become stable codes (the API and events give the instrument's wording beside them): each stored label
-- maps to one code whatever the instrument, so "none" is NONE for QIDS-SR16 and the C-SSRS screener alike.
update assessment set band = case band
    when 'minimal/none' then 'MINIMAL'
    when 'minimal' then 'MINIMAL'
    when 'absent/normal' then 'NORMAL'
    when 'none' then 'NONE'
    when 'low' then 'LOW'
    when 'mild' then 'MILD'
    when 'moderate' then 'MODERATE'
    when 'moderately severe' then 'MODERATELY_SEVERE'
    when 'severe' then 'SEVERE'
    when 'very severe' then 'VERY_SEVERE'
    when 'high' then 'HIGH'
    when 'responds readily to name in normal tone' then 'RESPONDS_READILY'
    when 'lethargic response to name in normal tone' then 'LETHARGIC_RESPONSE'
    when 'responds only to name called loudly or repeatedly' then 'RESPONDS_TO_LOUD_NAME'
    when 'responds only to mild prodding or shaking' then 'RESPONDS_TO_PRODDING'
    when 'responds only to painful trapezius squeeze' then 'RESPONDS_TO_PAIN_ONLY'
    when 'no response to painful trapezius squeeze' then 'NO_RESPONSE'
end
where band is not null;

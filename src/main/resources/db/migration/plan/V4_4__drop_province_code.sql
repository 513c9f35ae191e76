-- The province is the first two digits of region_code; a separate column could only disagree with it.
alter table activity_plan drop column province_code;

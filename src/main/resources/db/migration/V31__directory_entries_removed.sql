-- Directory resources (practitioners, their roles, organizations, locations, services, endpoints, insurance plans)
-- describe who gives care and where, no one's health: imports no longer make them record entries (see
-- record.importing.DirectoryEntries), and those stored before are removed. The screens name who performed something
-- from the references' display in the entries' originals, which stay.
delete from record_entry
where resource_type in ('Practitioner', 'PractitionerRole', 'Organization', 'OrganizationAffiliation', 'Location',
                        'HealthcareService', 'Endpoint', 'InsurancePlan');

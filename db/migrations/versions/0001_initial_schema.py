"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assessment_template',
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('code', 'version', name=op.f('pk_assessment_template'))
    )
    op.create_table('catalogue_item',
    sa.Column('catalogue', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('catalogue', 'code', name=op.f('pk_catalogue_item'))
    )
    op.create_table('change_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('replica_id', sa.String(length=16), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=6), nullable=False),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_change_log_row', ['table_name', 'row_id'], unique=False)

    op.create_table('replica_meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_replica_meta'))
    )
    op.create_table('territorial_unit',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['territorial_unit.id'], name=op.f('fk_territorial_unit_parent_id_territorial_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_territorial_unit')),
    sa.UniqueConstraint('code', name=op.f('uq_territorial_unit_code'))
    )
    with op.batch_alter_table('territorial_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_territorial_unit_parent_id'), ['parent_id'], unique=False)

    op.create_table('tombstone',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_tombstone'))
    )
    op.create_table('comune',
    sa.Column('codice_catastale', sa.String(length=4), nullable=False),
    sa.Column('istat_code', sa.String(length=6), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('province', sa.String(length=2), nullable=False),
    sa.Column('territorial_unit_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['territorial_unit_id'], ['territorial_unit.id'], name=op.f('fk_comune_territorial_unit_id_territorial_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comune')),
    sa.UniqueConstraint('codice_catastale', name=op.f('uq_comune_codice_catastale'))
    )
    with op.batch_alter_table('comune', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comune_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_comune_territorial_unit_id'), ['territorial_unit_id'], unique=False)

    op.create_table('organisation',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('tax_code', sa.String(length=16), nullable=True),
    sa.Column('description', sa.String(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('comune_id', sa.String(length=36), nullable=True),
    sa.Column('territorial_unit_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['comune_id'], ['comune.id'], name=op.f('fk_organisation_comune_id_comune')),
    sa.ForeignKeyConstraint(['territorial_unit_id'], ['territorial_unit.id'], name=op.f('fk_organisation_territorial_unit_id_territorial_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_comune_id'), ['comune_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_territorial_unit_id'), ['territorial_unit_id'], unique=False)

    op.create_table('location',
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('comune_id', sa.String(length=36), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('transit', sa.String(length=200), nullable=True),
    sa.Column('distance_from_hub_km', sa.Float(), nullable=True),
    sa.Column('accessible', sa.Boolean(), nullable=True),
    sa.Column('accessibility_notes', sa.String(length=300), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['comune_id'], ['comune.id'], name=op.f('fk_location_comune_id_comune')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_location_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_location'))
    )
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_location_comune_id'), ['comune_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_location_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('operator',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=80), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('territorial_unit_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_operator_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['territorial_unit_id'], ['territorial_unit.id'], name=op.f('fk_operator_territorial_unit_id_territorial_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operator'))
    )
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operator_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_operator_territorial_unit_id'), ['territorial_unit_id'], unique=False)

    op.create_table('patto',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('intensity', sa.String(length=10), nullable=True),
    sa.Column('phase', sa.String(length=10), nullable=True),
    sa.Column('case_manager_id', sa.String(length=36), nullable=True),
    sa.Column('territorial_unit_id', sa.String(length=36), nullable=True),
    sa.Column('person_wishes', sa.Text(), nullable=True),
    sa.Column('family_expectations', sa.Text(), nullable=True),
    sa.Column('blocks', sa.Text(), nullable=True),
    sa.Column('strengths', sa.Text(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('renewed_by_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['case_manager_id'], ['operator.id'], name=op.f('fk_patto_case_manager_id_operator')),
    sa.ForeignKeyConstraint(['renewed_by_id'], ['patto.id'], name=op.f('fk_patto_renewed_by_id_patto')),
    sa.ForeignKeyConstraint(['territorial_unit_id'], ['territorial_unit.id'], name=op.f('fk_patto_territorial_unit_id_territorial_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patto'))
    )
    with op.batch_alter_table('patto', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patto_case_manager_id'), ['case_manager_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patto_renewed_by_id'), ['renewed_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patto_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_patto_territorial_unit_id'), ['territorial_unit_id'], unique=False)

    op.create_table('person',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_comune_id', sa.String(length=36), nullable=True),
    sa.Column('birth_country', sa.String(length=80), nullable=True),
    sa.Column('codice_fiscale', sa.String(length=16), nullable=True),
    sa.Column('codice_fiscale_missing_reason', sa.String(length=300), nullable=True),
    sa.Column('citizenship', sa.String(length=80), nullable=True),
    sa.Column('residence_comune_id', sa.String(length=36), nullable=True),
    sa.Column('residence_address', sa.String(length=200), nullable=True),
    sa.Column('domicile_comune_id', sa.String(length=36), nullable=True),
    sa.Column('domicile_address', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('languages', sa.String(length=200), nullable=True),
    sa.Column('guardian_kind', sa.String(length=40), nullable=True),
    sa.Column('guardian_name', sa.String(length=200), nullable=True),
    sa.Column('guardian_contact', sa.String(length=200), nullable=True),
    sa.Column('consent_given_on', sa.Date(), nullable=True),
    sa.Column('privacy_notice_on', sa.Date(), nullable=True),
    sa.Column('home_territorial_unit_id', sa.String(length=36), nullable=True),
    sa.Column('case_manager_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['birth_comune_id'], ['comune.id'], name=op.f('fk_person_birth_comune_id_comune')),
    sa.ForeignKeyConstraint(['case_manager_id'], ['operator.id'], name=op.f('fk_person_case_manager_id_operator')),
    sa.ForeignKeyConstraint(['domicile_comune_id'], ['comune.id'], name=op.f('fk_person_domicile_comune_id_comune')),
    sa.ForeignKeyConstraint(['home_territorial_unit_id'], ['territorial_unit.id'], name=op.f('fk_person_home_territorial_unit_id_territorial_unit')),
    sa.ForeignKeyConstraint(['residence_comune_id'], ['comune.id'], name=op.f('fk_person_residence_comune_id_comune')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_birth_comune_id'), ['birth_comune_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_case_manager_id'), ['case_manager_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_codice_fiscale'), ['codice_fiscale'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_domicile_comune_id'), ['domicile_comune_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_home_territorial_unit_id'), ['home_territorial_unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_residence_comune_id'), ['residence_comune_id'], unique=False)

    op.create_table('service',
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('axis', sa.String(length=12), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('target_groups', sa.JSON(), nullable=False),
    sa.Column('access_conditions', sa.JSON(), nullable=False),
    sa.Column('eligibility_description', sa.Text(), nullable=True),
    sa.Column('fees_description', sa.String(length=300), nullable=True),
    sa.Column('cost_cents', sa.Integer(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('available_places', sa.Integer(), nullable=True),
    sa.Column('formal', sa.Boolean(), nullable=False),
    sa.Column('scale', sa.String(length=20), nullable=True),
    sa.Column('sharing_level', sa.String(length=20), nullable=True),
    sa.Column('hosts_prepared', sa.Boolean(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('url', sa.String(length=300), nullable=True),
    sa.Column('last_verified_on', sa.Date(), nullable=True),
    sa.Column('last_verified_by_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['last_verified_by_id'], ['operator.id'], name=op.f('fk_service_last_verified_by_id_operator')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_service_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service'))
    )
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_last_verified_by_id'), ['last_verified_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('assessment',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('template_code', sa.String(length=60), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_assessment_operator_id_operator')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_assessment_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_operator_id'), ['operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_person_id'), ['person_id'], unique=False)

    op.create_table('case_episode',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=40), nullable=False),
    sa.Column('responsible_operator_id', sa.String(length=36), nullable=True),
    sa.Column('territorial_unit_id', sa.String(length=36), nullable=True),
    sa.Column('phase', sa.String(length=20), nullable=False),
    sa.Column('segnalazione_on', sa.Date(), nullable=True),
    sa.Column('valutazione_on', sa.Date(), nullable=True),
    sa.Column('progettazione_on', sa.Date(), nullable=True),
    sa.Column('attivazione_on', sa.Date(), nullable=True),
    sa.Column('monitoraggio_on', sa.Date(), nullable=True),
    sa.Column('verifica_on', sa.Date(), nullable=True),
    sa.Column('chiusura_on', sa.Date(), nullable=True),
    sa.Column('closure_reason', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_case_episode_person_id_person')),
    sa.ForeignKeyConstraint(['responsible_operator_id'], ['operator.id'], name=op.f('fk_case_episode_responsible_operator_id_operator')),
    sa.ForeignKeyConstraint(['territorial_unit_id'], ['territorial_unit.id'], name=op.f('fk_case_episode_territorial_unit_id_territorial_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_episode'))
    )
    with op.batch_alter_table('case_episode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_episode_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_episode_responsible_operator_id'), ['responsible_operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_episode_territorial_unit_id'), ['territorial_unit_id'], unique=False)

    op.create_table('commitment',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('party', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_commitment_patto_id_patto')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment'))
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_patto_id'), ['patto_id'], unique=False)

    op.create_table('contact',
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_contact_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_contact_service_id_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_service_id'), ['service_id'], unique=False)

    op.create_table('deadline',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('patto_id', sa.String(length=36), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_deadline_operator_id_operator')),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_deadline_patto_id_patto')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_deadline_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline'))
    )
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadline_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadline_operator_id'), ['operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadline_patto_id'), ['patto_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadline_person_id'), ['person_id'], unique=False)

    op.create_table('goal',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('axis', sa.String(length=12), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('indicators', sa.Text(), nullable=True),
    sa.Column('stage', sa.String(length=40), nullable=True),
    sa.Column('target_stage', sa.String(length=40), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_goal_patto_id_patto')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_patto_id'), ['patto_id'], unique=False)

    op.create_table('measure',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('measure_type', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('monthly_amount_cents', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_measure_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure'))
    )
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_person_id'), ['person_id'], unique=False)

    op.create_table('network_member',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relation', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('linked_person_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['linked_person_id'], ['person.id'], name=op.f('fk_network_member_linked_person_id_person')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_network_member_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_member'))
    )
    with op.batch_alter_table('network_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_member_linked_person_id'), ['linked_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_member_person_id'), ['person_id'], unique=False)

    op.create_table('patto_beneficiary',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_patto_beneficiary_patto_id_patto')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_patto_beneficiary_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patto_beneficiary')),
    sa.UniqueConstraint('patto_id', 'person_id', name=op.f('uq_patto_beneficiary_patto_id'))
    )
    with op.batch_alter_table('patto_beneficiary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patto_beneficiary_patto_id'), ['patto_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patto_beneficiary_person_id'), ['person_id'], unique=False)

    op.create_table('patto_version',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('content', sa.JSON(), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['operator.id'], name=op.f('fk_patto_version_author_id_operator')),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_patto_version_patto_id_patto')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patto_version')),
    sa.UniqueConstraint('patto_id', 'number', name=op.f('uq_patto_version_patto_id'))
    )
    with op.batch_alter_table('patto_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patto_version_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patto_version_patto_id'), ['patto_id'], unique=False)

    op.create_table('service_at_location',
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], name=op.f('fk_service_at_location_location_id_location')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_service_at_location_service_id_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_at_location')),
    sa.UniqueConstraint('service_id', 'location_id', name=op.f('uq_service_at_location_service_id'))
    )
    with op.batch_alter_table('service_at_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_at_location_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_at_location_service_id'), ['service_id'], unique=False)

    op.create_table('service_taxonomy',
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('term_code', sa.String(length=60), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_service_taxonomy_service_id_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_taxonomy')),
    sa.UniqueConstraint('service_id', 'term_code', name=op.f('uq_service_taxonomy_service_id'))
    )
    with op.batch_alter_table('service_taxonomy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_taxonomy_service_id'), ['service_id'], unique=False)

    op.create_table('signatory',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_signatory_operator_id_operator')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_signatory_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_signatory_patto_id_patto')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_signatory_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatory'))
    )
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signatory_operator_id'), ['operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signatory_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signatory_patto_id'), ['patto_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signatory_person_id'), ['person_id'], unique=False)

    op.create_table('verification',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('scheduled_on', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('adequacy', sa.String(length=14), nullable=True),
    sa.Column('goals_reached', sa.Boolean(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_verification_operator_id_operator')),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_verification_patto_id_patto')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification'))
    )
    with op.batch_alter_table('verification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_operator_id'), ['operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verification_patto_id'), ['patto_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verification_scheduled_on'), ['scheduled_on'], unique=False)

    op.create_table('diary_entry',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('case_episode_id', sa.String(length=36), nullable=True),
    sa.Column('entry_type', sa.String(length=40), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('confidentiality', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['operator.id'], name=op.f('fk_diary_entry_author_id_operator')),
    sa.ForeignKeyConstraint(['case_episode_id'], ['case_episode.id'], name=op.f('fk_diary_entry_case_episode_id_case_episode')),
    sa.ForeignKeyConstraint(['corrects_id'], ['diary_entry.id'], name=op.f('fk_diary_entry_corrects_id_diary_entry')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_diary_entry_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_diary_entry_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_entry'))
    )
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diary_entry_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_entry_case_episode_id'), ['case_episode_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_entry_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_entry_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_entry_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_entry_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_diary_entry_person_time', ['person_id', 'occurred_at'], unique=False)

    op.create_table('document',
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('patto_version_id', sa.String(length=36), nullable=True),
    sa.Column('doc_type', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('added_by_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['operator.id'], name=op.f('fk_document_added_by_id_operator')),
    sa.ForeignKeyConstraint(['patto_version_id'], ['patto_version.id'], name=op.f('fk_document_patto_version_id_patto_version')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_document_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_added_by_id'), ['added_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_patto_version_id'), ['patto_version_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_person_id'), ['person_id'], unique=False)

    op.create_table('schedule',
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('service_at_location_id', sa.String(length=36), nullable=True),
    sa.Column('byday', sa.String(length=20), nullable=False),
    sa.Column('opens_at', sa.String(length=5), nullable=True),
    sa.Column('closes_at', sa.String(length=5), nullable=True),
    sa.Column('description', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['service_at_location_id'], ['service_at_location.id'], name=op.f('fk_schedule_service_at_location_id_service_at_location')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_schedule_service_id_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule'))
    )
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_service_at_location_id'), ['service_at_location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_schedule_service_id'), ['service_id'], unique=False)

    op.create_table('support',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('goal_id', sa.String(length=36), nullable=True),
    sa.Column('what', sa.String(length=300), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('provider_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('provider_text', sa.String(length=200), nullable=True),
    sa.Column('frequency', sa.String(length=60), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('from_on', sa.Date(), nullable=True),
    sa.Column('to_on', sa.Date(), nullable=True),
    sa.Column('formal', sa.Boolean(), nullable=False),
    sa.Column('cost_cents', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_support_goal_id_goal')),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_support_patto_id_patto')),
    sa.ForeignKeyConstraint(['provider_organisation_id'], ['organisation.id'], name=op.f('fk_support_provider_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_support_service_id_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support'))
    )
    with op.batch_alter_table('support', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_patto_id'), ['patto_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_provider_organisation_id'), ['provider_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_service_id'), ['service_id'], unique=False)

    op.create_table('attivazione',
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('patto_id', sa.String(length=36), nullable=True),
    sa.Column('support_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('intermediary_id', sa.String(length=36), nullable=True),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('refusal_reason', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['intermediary_id'], ['operator.id'], name=op.f('fk_attivazione_intermediary_id_operator')),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_attivazione_patto_id_patto')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attivazione_person_id_person')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_attivazione_service_id_service')),
    sa.ForeignKeyConstraint(['support_id'], ['support.id'], name=op.f('fk_attivazione_support_id_support')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attivazione'))
    )
    with op.batch_alter_table('attivazione', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attivazione_intermediary_id'), ['intermediary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attivazione_patto_id'), ['patto_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attivazione_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attivazione_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attivazione_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_attivazione_support_id'), ['support_id'], unique=False)

    op.create_table('budget_line',
    sa.Column('patto_id', sa.String(length=36), nullable=False),
    sa.Column('funding_source', sa.String(length=40), nullable=False),
    sa.Column('axis', sa.String(length=12), nullable=True),
    sa.Column('support_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('in_kind', sa.Boolean(), nullable=False),
    sa.Column('committed_cents', sa.Integer(), nullable=False),
    sa.Column('spent_cents', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['patto_id'], ['patto.id'], name=op.f('fk_budget_line_patto_id_patto')),
    sa.ForeignKeyConstraint(['support_id'], ['support.id'], name=op.f('fk_budget_line_support_id_support')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line'))
    )
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_patto_id'), ['patto_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_line_support_id'), ['support_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_budget_line_support_id'))
        batch_op.drop_index(batch_op.f('ix_budget_line_patto_id'))

    op.drop_table('budget_line')
    with op.batch_alter_table('attivazione', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attivazione_support_id'))
        batch_op.drop_index(batch_op.f('ix_attivazione_status'))
        batch_op.drop_index(batch_op.f('ix_attivazione_service_id'))
        batch_op.drop_index(batch_op.f('ix_attivazione_person_id'))
        batch_op.drop_index(batch_op.f('ix_attivazione_patto_id'))
        batch_op.drop_index(batch_op.f('ix_attivazione_intermediary_id'))

    op.drop_table('attivazione')
    with op.batch_alter_table('support', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_service_id'))
        batch_op.drop_index(batch_op.f('ix_support_provider_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_support_patto_id'))
        batch_op.drop_index(batch_op.f('ix_support_goal_id'))

    op.drop_table('support')
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_service_id'))
        batch_op.drop_index(batch_op.f('ix_schedule_service_at_location_id'))

    op.drop_table('schedule')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_person_id'))
        batch_op.drop_index(batch_op.f('ix_document_patto_version_id'))
        batch_op.drop_index(batch_op.f('ix_document_added_by_id'))

    op.drop_table('document')
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_entry_person_time')
        batch_op.drop_index(batch_op.f('ix_diary_entry_person_id'))
        batch_op.drop_index(batch_op.f('ix_diary_entry_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_diary_entry_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_diary_entry_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_diary_entry_case_episode_id'))
        batch_op.drop_index(batch_op.f('ix_diary_entry_author_id'))

    op.drop_table('diary_entry')
    with op.batch_alter_table('verification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verification_scheduled_on'))
        batch_op.drop_index(batch_op.f('ix_verification_patto_id'))
        batch_op.drop_index(batch_op.f('ix_verification_operator_id'))

    op.drop_table('verification')
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signatory_person_id'))
        batch_op.drop_index(batch_op.f('ix_signatory_patto_id'))
        batch_op.drop_index(batch_op.f('ix_signatory_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_signatory_operator_id'))

    op.drop_table('signatory')
    with op.batch_alter_table('service_taxonomy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_taxonomy_service_id'))

    op.drop_table('service_taxonomy')
    with op.batch_alter_table('service_at_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_at_location_service_id'))
        batch_op.drop_index(batch_op.f('ix_service_at_location_location_id'))

    op.drop_table('service_at_location')
    with op.batch_alter_table('patto_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patto_version_patto_id'))
        batch_op.drop_index(batch_op.f('ix_patto_version_author_id'))

    op.drop_table('patto_version')
    with op.batch_alter_table('patto_beneficiary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patto_beneficiary_person_id'))
        batch_op.drop_index(batch_op.f('ix_patto_beneficiary_patto_id'))

    op.drop_table('patto_beneficiary')
    with op.batch_alter_table('network_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_member_person_id'))
        batch_op.drop_index(batch_op.f('ix_network_member_linked_person_id'))

    op.drop_table('network_member')
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_person_id'))

    op.drop_table('measure')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_patto_id'))

    op.drop_table('goal')
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deadline_person_id'))
        batch_op.drop_index(batch_op.f('ix_deadline_patto_id'))
        batch_op.drop_index(batch_op.f('ix_deadline_operator_id'))
        batch_op.drop_index(batch_op.f('ix_deadline_due_on'))

    op.drop_table('deadline')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_service_id'))
        batch_op.drop_index(batch_op.f('ix_contact_organisation_id'))

    op.drop_table('contact')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_patto_id'))

    op.drop_table('commitment')
    with op.batch_alter_table('case_episode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_episode_territorial_unit_id'))
        batch_op.drop_index(batch_op.f('ix_case_episode_responsible_operator_id'))
        batch_op.drop_index(batch_op.f('ix_case_episode_person_id'))

    op.drop_table('case_episode')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_person_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_operator_id'))

    op.drop_table('assessment')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_service_name'))
        batch_op.drop_index(batch_op.f('ix_service_last_verified_by_id'))

    op.drop_table('service')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_residence_comune_id'))
        batch_op.drop_index(batch_op.f('ix_person_home_territorial_unit_id'))
        batch_op.drop_index(batch_op.f('ix_person_domicile_comune_id'))
        batch_op.drop_index(batch_op.f('ix_person_codice_fiscale'))
        batch_op.drop_index(batch_op.f('ix_person_case_manager_id'))
        batch_op.drop_index(batch_op.f('ix_person_birth_comune_id'))

    op.drop_table('person')
    with op.batch_alter_table('patto', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patto_territorial_unit_id'))
        batch_op.drop_index(batch_op.f('ix_patto_state'))
        batch_op.drop_index(batch_op.f('ix_patto_renewed_by_id'))
        batch_op.drop_index(batch_op.f('ix_patto_case_manager_id'))

    op.drop_table('patto')
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operator_territorial_unit_id'))
        batch_op.drop_index(batch_op.f('ix_operator_organisation_id'))

    op.drop_table('operator')
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_location_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_location_comune_id'))

    op.drop_table('location')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_territorial_unit_id'))
        batch_op.drop_index(batch_op.f('ix_organisation_name'))
        batch_op.drop_index(batch_op.f('ix_organisation_comune_id'))

    op.drop_table('organisation')
    with op.batch_alter_table('comune', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comune_territorial_unit_id'))
        batch_op.drop_index(batch_op.f('ix_comune_name'))

    op.drop_table('comune')
    op.drop_table('tombstone')
    with op.batch_alter_table('territorial_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_territorial_unit_parent_id'))

    op.drop_table('territorial_unit')
    op.drop_table('replica_meta')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_row')
        batch_op.drop_index(batch_op.f('ix_change_log_hlc'))

    op.drop_table('change_log')
    op.drop_table('catalogue_item')
    op.drop_table('assessment_template')

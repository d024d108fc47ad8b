"""Dossiers, personnes du foyer et réseau

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dossier',
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('territory', sa.String(length=300), nullable=False),
    sa.Column('referent', sa.String(length=300), nullable=False),
    sa.Column('state', sa.Enum('reperage', 'propose', 'accompagnement', 'decline', 'clos', name='dossierstate', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('last_contact_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closure_reason', sa.String(length=300), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('postal_code', sa.String(length=20), nullable=False),
    sa.Column('commune', sa.String(length=300), nullable=False),
    sa.Column('address_protected', sa.Boolean(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier'))
    )
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_search', ['sort_key', 'id', 'state', 'search_text'], unique=False)

    op.create_table('network_contact',
    sa.Column('dossier_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('proche', 'professionnel', name='contactkind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relation', sa.String(length=100), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=300), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.Column('chosen_by_family', sa.Boolean(), nullable=False),
    sa.Column('trusted_person', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_network_contact_dossier_id_dossier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_contact'))
    )
    with op.batch_alter_table('network_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_contact_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('person',
    sa.Column('dossier_id', sa.Uuid(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('role', sa.Enum('adulte', 'enfant', name='householdrole', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('relation', sa.String(length=100), nullable=False),
    sa.Column('trusted_person', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_person_dossier_id_dossier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_dossier_id'), ['dossier_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_dossier_id'))

    op.drop_table('person')
    with op.batch_alter_table('network_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_contact_dossier_id'))

    op.drop_table('network_contact')
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_search')

    op.drop_table('dossier')

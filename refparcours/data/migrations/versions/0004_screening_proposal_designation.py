"""Repérage, proposition et désignation

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('screening',
    sa.Column('dossier_id', sa.Uuid(), nullable=False),
    sa.Column('screened_on', sa.Date(), nullable=False),
    sa.Column('criteria_version', sa.String(length=100), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('computed', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('professional_reason', sa.Text(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('family_explanation', sa.Text(), nullable=False),
    sa.Column('screened_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_screening_dossier_id_dossier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screening'))
    )
    with op.batch_alter_table('screening', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screening_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('designation',
    sa.Column('screening_id', sa.Uuid(), nullable=False),
    sa.Column('designated_on', sa.Date(), nullable=False),
    sa.Column('chosen_by', sa.String(length=20), nullable=False),
    sa.Column('listed', sa.JSON(), nullable=False),
    sa.Column('chosen', sa.String(length=300), nullable=False),
    sa.Column('opinion', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['screening_id'], ['screening.id'], name=op.f('fk_designation_screening_id_screening'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_designation')),
    sa.UniqueConstraint('screening_id', name=op.f('uq_designation_screening_id'))
    )
    op.create_table('proposal',
    sa.Column('screening_id', sa.Uuid(), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('how', sa.String(length=200), nullable=False),
    sa.Column('leaflet_given', sa.Boolean(), nullable=False),
    sa.Column('answer', sa.String(length=20), nullable=False),
    sa.Column('think_until', sa.Date(), nullable=True),
    sa.Column('family_words', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['screening_id'], ['screening.id'], name=op.f('fk_proposal_screening_id_screening'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal')),
    sa.UniqueConstraint('screening_id', name=op.f('uq_proposal_screening_id'))
    )


def downgrade() -> None:
    op.drop_table('proposal')
    op.drop_table('designation')
    with op.batch_alter_table('screening', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screening_dossier_id'))

    op.drop_table('screening')

"""Dossier suivi par un compte et partages

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dossier_share',
    sa.Column('dossier_id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_dossier_share_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_dossier_share_dossier_id_dossier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_share')),
    sa.UniqueConstraint('dossier_id', 'account_id', name=op.f('uq_dossier_share_dossier_id'))
    )
    with op.batch_alter_table('dossier_share', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_share_account_id'), ['account_id'], unique=False)

    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.Uuid(), nullable=True))
        batch_op.drop_index(batch_op.f('ix_dossier_search'))
        batch_op.create_index('ix_dossier_search', ['sort_key', 'id', 'state', 'search_text', 'owner_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_dossier_owner_id_account'), 'account', ['owner_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_dossier_owner_id_account'), type_='foreignkey')
        batch_op.drop_index('ix_dossier_search')
        batch_op.create_index(batch_op.f('ix_dossier_search'), ['sort_key', 'id', 'state', 'search_text'], unique=False)
        batch_op.drop_column('owner_id')

    with op.batch_alter_table('dossier_share', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_share_account_id'))

    op.drop_table('dossier_share')

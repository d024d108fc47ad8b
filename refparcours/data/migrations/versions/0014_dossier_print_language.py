"""The language of the documents printed for a dossier's family, and the bilingual choice

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-22 08:48:36.408491
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('print_language', sa.String(length=5), server_default='fr', nullable=False))
        batch_op.add_column(sa.Column('print_bilingual', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_column('print_bilingual')
        batch_op.drop_column('print_language')

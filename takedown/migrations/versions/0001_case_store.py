"""Create the case store: crawl runs, pages, findings, audit, submissions and rechecks.

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crawl_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('spider', sa.Text(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('stats', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crawl_runs'))
    )
    op.create_table('pages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('final_url', sa.Text(), nullable=False),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=False),
    sa.Column('body_sha256', sa.String(length=64), nullable=False),
    sa.Column('body_path', sa.Text(), nullable=True),
    sa.Column('source_kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('content_type', sa.Text(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['last_run_id'], ['crawl_runs.id'], name=op.f('fk_pages_last_run_id_crawl_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pages')),
    sa.UniqueConstraint('url', name=op.f('uq_pages_url'))
    )
    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('brand', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('fake_number', 'impersonating_app', name='finding_kind', native_enum=False, length=24), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('number_raw', sa.Text(), nullable=False),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('label', sa.String(length=16), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('detector_version', sa.Text(), nullable=False),
    sa.Column('segment', sa.Text(), nullable=False),
    sa.Column('body_sha256', sa.String(length=64), nullable=True),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('seen_count', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('new', 'confirmed', 'dismissed', 'submitted', 'removed', 'still_live', 'reappeared', name='finding_status', native_enum=False, length=24), nullable=False),
    sa.ForeignKeyConstraint(['page_id'], ['pages.id'], name=op.f('fk_findings_page_id_pages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings')),
    sa.UniqueConstraint('page_id', 'brand', 'kind', 'number', name=op.f('uq_findings_page_id_brand_kind_number'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index('ix_findings_number', ['number'], unique=False)
        batch_op.create_index('ix_findings_status', ['status'], unique=False)

    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.Column('actor', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('from_status', sa.Enum('new', 'confirmed', 'dismissed', 'submitted', 'removed', 'still_live', 'reappeared', name='audit_from_status', native_enum=False, length=24), nullable=False),
    sa.Column('to_status', sa.Enum('new', 'confirmed', 'dismissed', 'submitted', 'removed', 'still_live', 'reappeared', name='audit_to_status', native_enum=False, length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_audit_entries_finding_id_findings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entries_finding_id', ['finding_id'], unique=False)

    op.create_table('recheck_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.Enum('removed', 'still_live', 'inconclusive', name='recheck_outcome', native_enum=False, length=24), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('body_sha256', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_recheck_results_finding_id_findings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recheck_results'))
    )
    with op.batch_alter_table('recheck_results', schema=None) as batch_op:
        batch_op.create_index('ix_recheck_results_finding_id', ['finding_id'], unique=False)

    op.create_table('submissions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.Text(), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('actor', sa.Text(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_submissions_finding_id_findings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_submissions'))
    )
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.create_index('ix_submissions_finding_id', ['finding_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.drop_index('ix_submissions_finding_id')

    op.drop_table('submissions')
    with op.batch_alter_table('recheck_results', schema=None) as batch_op:
        batch_op.drop_index('ix_recheck_results_finding_id')

    op.drop_table('recheck_results')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_finding_id')

    op.drop_table('audit_entries')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index('ix_findings_status')
        batch_op.drop_index('ix_findings_number')

    op.drop_table('findings')
    op.drop_table('pages')
    op.drop_table('crawl_runs')

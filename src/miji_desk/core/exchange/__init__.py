"""Bringing an existing ledger in (Excel/CSV import with a dry run) and taking it out (export).

``values``: cell values as people write them (markings, dates, 份号, full-width digits);
``sheets``: reading .xlsx/.csv into rows, finding the header row and mapping its columns;
``importing``: the dry run, the import workflow, 待补 and voiding a batch;
``exporting``: registers and ledger views written in the columns the import understands.
"""

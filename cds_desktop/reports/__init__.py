"""Reports: the PDF in Vietnamese administrative format, the Excel workbook, and the
Excel template for bulk entry with its importer. Never imports Qt."""

      $SET SOURCEFORMAT"FIXED"
      >>DEFINE DEBUG-LEVEL 1
       01  DC-RECORD.
           05  DC-KEY          PIC X(8).
           05  DC-DATA         PIC X(72).

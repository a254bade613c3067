000100*================================================================*CHQREC
000200* CHQREC     GIROCHEQUE PRINT FILE RECORD                        *CHQREC
000300*                                                                *CHQREC
000400*   WRITTEN BY BENBACS1 (DD CHQOUT) FOR THE CHEQUE PRINT RUN.    *CHQREC
000500*   RECFM=FB LRECL=400.  CHEQUES OVER 1,000.00 ARE FLAGGED 'H'   *CHQREC
000600*   (HELD FOR A SECOND AUTHORISER) AND NOT PRINTED UNTIL        * CHQREC
000700*   RELEASED BY THE SUPERVISOR QUEUE.                           * CHQREC
000800*                                                                *CHQREC
000900* CHANGE HISTORY                                                 *CHQREC
001000* 15/04/02 RK  CREATED                                           *CHQREC
001100* 09/06/04 TW  CR1655 HOLD INDICATOR                             *CHQREC
001200*================================================================*CHQREC
001300 01  CQ-CHEQUE-RECORD.                                            CHQREC
001400     05  CQ-REFERENCE                PIC X(18).                   CHQREC
001500     05  CQ-ISSUE-DATE               PIC 99/99/9999.              CHQREC
001600     05  CQ-PAYEE-NAME               PIC X(40).                   CHQREC
001700     05  CQ-ADDRESS-BLOCK.                                        CHQREC
001800         10  CQ-ADDRESS-LINE         PIC X(40) OCCURS 5 TIMES.    CHQREC
001900     05  CQ-AMOUNT-FIGURES           PIC ***,**9.99.              CHQREC
002000     05  CQ-AMOUNT-PENCE             PIC 9(9).                    CHQREC
002100     05  CQ-PERIOD-FROM              PIC 99/99/9999.              CHQREC
002200     05  CQ-PERIOD-TO                PIC 99/99/9999.              CHQREC
002300     05  CQ-BENEFIT-TYPE             PIC X(3).                    CHQREC
002400     05  CQ-CLAIM-ID                 PIC 9(9).                    CHQREC
002500     05  CQ-HOLD-IND                 PIC X.                       CHQREC
002600         88  CQ-HELD-FOR-AUTHORISATION   VALUE 'H'.               CHQREC
002700         88  CQ-RELEASED                 VALUE ' '.               CHQREC
002800     05  CQ-OFFICE-CODE              PIC X(4) JUSTIFIED RIGHT.    CHQREC
002900     05  FILLER                      PIC X(76).                   CHQREC

000100*================================================================*ERRMSGS
000200* ERRMSGS    VALIDATION AND MAINTENANCE MESSAGE TABLE            *ERRMSGS
000300*                                                                *ERRMSGS
000400*   USED BY BENVSUP1 (BATCH) AND BENVAL1 (CICS).  LOOK UP WITH   *ERRMSGS
000500*   SEARCH ERR-ENTRY ... WHEN ERR-CODE (ERR-IDX) = WS-CODE.      *ERRMSGS
000600*   KEEP ERR-MESSAGE-COUNT IN STEP WITH THE OCCURS.              *ERRMSGS
000700*                                                                *ERRMSGS
000800* CHANGE HISTORY                                                 *ERRMSGS
000900* 20/02/91 DH  CREATED                                           *ERRMSGS
001000* 06/10/03 JB  CR1420 ADMINISTRATIVE NINO PREFIXES               *ERRMSGS
001100* 09/06/04 TW  CR1655 BANK DETAIL MESSAGES V003-V007             *ERRMSGS
001200* 20/02/06 KT  CR2390 TEMPORARY NINO MESSAGE V002                *ERRMSGS
001300* 05/11/07 MP  CR2960 M006 OVERNIGHT CHANGE MESSAGE              *ERRMSGS
001400*================================================================*ERRMSGS
001500 01  ERR-MESSAGE-VALUES.                                          ERRMSGS
001600     05  FILLER                      PIC X(4)  VALUE 'V001'.      ERRMSGS
001700     05  FILLER                      PIC X(64) VALUE              ERRMSGS
001800         'NATIONAL INSURANCE NUMBER IS NOT VALID'.                ERRMSGS
001900     05  FILLER                      PIC X(4)  VALUE 'V002'.      ERRMSGS
002000     05  FILLER                      PIC X(64) VALUE              ERRMSGS
002100         'TEMPORARY NI NUMBER - REFER TO CONTRIBUTIONS OFFICE'.   ERRMSGS
002200     05  FILLER                      PIC X(4)  VALUE 'V003'.      ERRMSGS
002300     05  FILLER                      PIC X(64) VALUE              ERRMSGS
002400         'SORT CODE MUST BE SIX DIGITS'.                          ERRMSGS
002500     05  FILLER                      PIC X(4)  VALUE 'V004'.      ERRMSGS
002600     05  FILLER                      PIC X(64) VALUE              ERRMSGS
002700         'ACCOUNT NUMBER MUST BE EIGHT DIGITS'.                   ERRMSGS
002800     05  FILLER                      PIC X(4)  VALUE 'V005'.      ERRMSGS
002900     05  FILLER                      PIC X(64) VALUE              ERRMSGS
003000         'BANK DETAILS FAIL THE MODULUS CHECK - CONFIRM WITH THE C
003100-    'LAIMANT'.                                                   ERRMSGS
003200     05  FILLER                      PIC X(4)  VALUE 'V006'.      ERRMSGS
003300     05  FILLER                      PIC X(64) VALUE              ERRMSGS
003400         'PAYMENT METHOD MUST BE B (BACS), C (CHEQUE) OR P (POST O
003500-    'FFICE)'.                                                    ERRMSGS
003600     05  FILLER                      PIC X(4)  VALUE 'V007'.      ERRMSGS
003700     05  FILLER                      PIC X(64) VALUE              ERRMSGS
003800         'POST OFFICE CARD ACCOUNTS MUST HAVE AN 08 SORT CODE'.   ERRMSGS
003900     05  FILLER                      PIC X(4)  VALUE 'V008'.      ERRMSGS
004000     05  FILLER                      PIC X(64) VALUE              ERRMSGS
004100         'CLAIM NUMBER MUST BE NUMERIC'.                          ERRMSGS
004200     05  FILLER                      PIC X(4)  VALUE 'V009'.      ERRMSGS
004300     05  FILLER                      PIC X(64) VALUE              ERRMSGS
004400         'ENTER A NATIONAL INSURANCE NUMBER OR A CLAIM NUMBER'.   ERRMSGS
004500     05  FILLER                      PIC X(4)  VALUE 'V010'.      ERRMSGS
004600     05  FILLER                      PIC X(64) VALUE              ERRMSGS
004700         'POSTCODE IS NOT IN A VALID UK FORMAT'.                  ERRMSGS
004800     05  FILLER                      PIC X(4)  VALUE 'M001'.      ERRMSGS
004900     05  FILLER                      PIC X(64) VALUE              ERRMSGS
005000         'CLAIMANT NOT FOUND ON THE CLAIMANT MASTER'.             ERRMSGS
005100     05  FILLER                      PIC X(4)  VALUE 'M002'.      ERRMSGS
005200     05  FILLER                      PIC X(64) VALUE              ERRMSGS
005300         'CLAIMANT RECORD ALREADY EXISTS'.                        ERRMSGS
005400     05  FILLER                      PIC X(4)  VALUE 'M003'.      ERRMSGS
005500     05  FILLER                      PIC X(64) VALUE              ERRMSGS
005600         'CLAIMANT RECORD IS IN USE - TRY AGAIN LATER'.           ERRMSGS
005700     05  FILLER                      PIC X(4)  VALUE 'M004'.      ERRMSGS
005800     05  FILLER                      PIC X(64) VALUE              ERRMSGS
005900         'INVALID TRANSACTION CODE'.                              ERRMSGS
006000     05  FILLER                      PIC X(4)  VALUE 'M005'.      ERRMSGS
006100     05  FILLER                      PIC X(64) VALUE              ERRMSGS
006200         'CLAIMANT IS RECORDED AS DECEASED - NO CHANGES ALLOWED'. ERRMSGS
006300     05  FILLER                      PIC X(4)  VALUE 'M006'.      ERRMSGS
006400     05  FILLER                      PIC X(64) VALUE              ERRMSGS
006500         'CHANGE SAVED - IT WILL BE APPLIED OVERNIGHT'.           ERRMSGS
006600     05  FILLER                      PIC X(4)  VALUE 'S001'.      ERRMSGS
006700     05  FILLER                      PIC X(64) VALUE              ERRMSGS
006800         'SYSTEM ERROR - CALL THE SERVICE DESK ON EXTENSION 4411'.ERRMSGS
006900 01  ERR-MESSAGE-TABLE REDEFINES ERR-MESSAGE-VALUES.              ERRMSGS
007000     05  ERR-ENTRY                   OCCURS 17 TIMES              ERRMSGS
007100                                     INDEXED BY ERR-IDX.          ERRMSGS
007200         10  ERR-CODE                PIC X(4).                    ERRMSGS
007300         10  ERR-TEXT                PIC X(64).                   ERRMSGS
007400 01  ERR-MESSAGE-COUNT               PIC S9(4) COMP VALUE +17.    ERRMSGS

000100*================================================================*CLMKEY
000200* CLMKEY     CLAIM IDENTIFIER - 05 LEVEL, COPY UNDER AN 01       *CLMKEY
000300*            USE REPLACING TO GIVE A SECOND COPY ITS OWN NAME:   *CLMKEY
000400*            COPY CLMKEY REPLACING CLAIM-ID BY HIST-CLAIM-ID.    *CLMKEY
000500* 10/02/03 JB  CR1195 CREATED                                    *CLMKEY
000600*================================================================*CLMKEY
000700     05  CLAIM-ID                    PIC 9(9).                    CLMKEY
000800     05  CLAIM-BENEFIT-TYPE          PIC X(3).                    CLMKEY
000900     05  CLAIM-EFFECTIVE-DATE        PIC 9(8).                    CLMKEY

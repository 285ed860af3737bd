using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GraphApi.Data.Migrations.SqlServer
{
    public partial class OutboxEvents : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutboxEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Type = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OrderId = table.Column<int>(type: "int", nullable: true),
                    ProductId = table.Column<int>(type: "int", nullable: true),
                    CustomerId = table.Column<int>(type: "int", nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    PublishedThroughId = table.Column<long>(type: "bigint", nullable: false),
                    PublisherId = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true),
                    PublisherLeaseUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PrunedThroughId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxState", x => x.Id);
                    table.CheckConstraint("CK_OutboxState_Singleton", "Id = 1");
                });

            migrationBuilder.InsertData(
                table: "OutboxState",
                columns: new[] { "Id", "PrunedThroughId", "PublishedThroughId", "PublisherId", "PublisherLeaseUntil" },
                values: new object[] { 1, 0L, 0L, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_OccurredAt",
                table: "OutboxEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_OrderId_Id",
                table: "OutboxEvents",
                columns: new[] { "OrderId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_ProductId_Id",
                table: "OutboxEvents",
                columns: new[] { "ProductId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_Type_Id",
                table: "OutboxEvents",
                columns: new[] { "Type", "Id" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxEvents");

            migrationBuilder.DropTable(
                name: "OutboxState");
        }
    }
}
